import { StatusTag } from '@toolbox/sdk/ui';
import type { ReviewQueueItem } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { shanghaiDateTime } from '../lib/shanghaiDate.ts';
import { localized } from './localized.ts';

interface Props {
  items: ReviewQueueItem[];
  onOpen(item: ReviewQueueItem): void;
}

/** The pending versions in the server's order (oldest first): whoever waited longest is reviewed first. */
export function QueueTable({ items, onOpen }: Props) {
  const { m, locale } = useConsole();
  const a = m.approval;
  return (
    <table className="ac-table ac-ap-queue" aria-label={a.queueTable}>
      <thead>
        <tr>
          <th scope="col">{a.col.app}</th>
          <th scope="col">{a.col.version}</th>
          <th scope="col">{a.col.kind}</th>
          <th scope="col">{a.col.publisher}</th>
          <th scope="col">{a.col.owner}</th>
          <th scope="col">{a.col.publishedAt}</th>
          <th scope="col">{a.col.replaces}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const name = localized(item.appName, locale);
          return (
            <tr key={`${item.appId}@${item.version}`} data-app={item.appId} data-version={item.version}>
              <th scope="row">
                <button
                  type="button"
                  className="ac-link"
                  onClick={() => onOpen(item)}
                  aria-label={a.open(name, item.version)}
                >
                  {name}
                </button>
                <div className="ac-ap-id">{item.appId}</div>
              </th>
              <td className="ac-ap-version">{item.version}</td>
              <td>
                <StatusTag tone={item.kind === 'external' ? 'warning' : 'info'}>{a.kind[item.kind] ?? item.kind}</StatusTag>
              </td>
              <td>{item.publishedBy.name}</td>
              <td>{item.ownerUnit.name}</td>
              <td className="ac-nowrap">{shanghaiDateTime(item.publishedAt, locale)}</td>
              <td className="ac-nowrap">
                {item.currentVersion ?? <span className="ac-muted">{a.firstVersion}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
