import { localized } from '@toolbox/sdk';
import { StatusTag } from '@toolbox/sdk/ui';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { ReviewQueueItem } from '../api/types.ts';
import { shanghaiDateTime } from '@toolbox/sdk';
import { DataTable } from '../ui/DataTable.tsx';
import { labelOr } from '../i18n/labelOr.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  items: ReviewQueueItem[];
  onOpen(item: ReviewQueueItem): void;
}

/** The pending versions in the server's order (oldest first): whoever waited longest is reviewed first. */
export function QueueTable({ items, onOpen }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  return (
    <DataTable
      className="ac-table ac-ap-queue"
      label={t('approval.queueTable')}
      rows={items}
      rowKey={(item) => `${item.appId}@${item.version}`}
      rowAttributes={(item) => ({ 'data-app': item.appId, 'data-version': item.version })}
      columns={[
        {
          header: t('approval.col.app'),
          rowHeader: true,
          cell: (item) => {
            const name = localized(item.appName, locale);
            return (
              <>
                <button type="button" className="ac-link" onClick={() => onOpen(item)} aria-label={t('approval.open', name, item.version)}>
                  {name}
                </button>
                <div className="ac-ap-id">{item.appId}</div>
              </>
            );
          },
        },
        { header: t('approval.col.version'), className: 'ac-ap-version', cell: (item) => item.version },
        {
          header: t('approval.col.kind'),
          cell: (item) => (
            <StatusTag tone={item.kind === 'external' ? 'warning' : 'info'}>{labelOr(t, 'approval.kind', item.kind)}</StatusTag>
          ),
        },
        { header: t('approval.col.publisher'), cell: (item) => item.publishedBy.name },
        { header: t('approval.col.owner'), cell: (item) => item.ownerUnit.name },
        { header: t('approval.col.publishedAt'), className: 'ac-nowrap', cell: (item) => shanghaiDateTime(item.publishedAt) },
        {
          header: t('approval.col.replaces'),
          className: 'ac-nowrap',
          cell: (item) => item.currentVersion ?? <span className="ac-muted">{t('approval.firstVersion')}</span>,
        },
      ]}
    />
  );
}
