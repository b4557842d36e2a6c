import { localized } from '@toolbox/sdk';
import { StatusTag } from '@toolbox/sdk/ui';
import type { ReviewQueueItem } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { shanghaiDateTime } from '@toolbox/sdk';
import { DataTable } from '../ui/DataTable.tsx';

interface Props {
  items: ReviewQueueItem[];
  onOpen(item: ReviewQueueItem): void;
}

/** The pending versions in the server's order (oldest first): whoever waited longest is reviewed first. */
export function QueueTable({ items, onOpen }: Props) {
  const { m, locale } = useConsole();
  const a = m.approval;
  return (
    <DataTable
      className="ac-table ac-ap-queue"
      label={a.queueTable}
      rows={items}
      rowKey={(item) => `${item.appId}@${item.version}`}
      rowAttributes={(item) => ({ 'data-app': item.appId, 'data-version': item.version })}
      columns={[
        {
          header: a.col.app,
          rowHeader: true,
          cell: (item) => {
            const name = localized(item.appName, locale);
            return (
              <>
                <button type="button" className="ac-link" onClick={() => onOpen(item)} aria-label={a.open(name, item.version)}>
                  {name}
                </button>
                <div className="ac-ap-id">{item.appId}</div>
              </>
            );
          },
        },
        { header: a.col.version, className: 'ac-ap-version', cell: (item) => item.version },
        {
          header: a.col.kind,
          cell: (item) => (
            <StatusTag tone={item.kind === 'external' ? 'warning' : 'info'}>{a.kind[item.kind] ?? item.kind}</StatusTag>
          ),
        },
        { header: a.col.publisher, cell: (item) => item.publishedBy.name },
        { header: a.col.owner, cell: (item) => item.ownerUnit.name },
        { header: a.col.publishedAt, className: 'ac-nowrap', cell: (item) => shanghaiDateTime(item.publishedAt) },
        {
          header: a.col.replaces,
          className: 'ac-nowrap',
          cell: (item) => item.currentVersion ?? <span className="ac-muted">{a.firstVersion}</span>,
        },
      ]}
    />
  );
}
