import type { AuditEntry } from '@toolbox/sdk/api';
import { shanghaiDateTime } from '@toolbox/sdk';
import { useT } from '@toolbox/sdk/react';
import { DataTable } from '../ui/DataTable.tsx';
import { Panel } from '../ui/Panel.tsx';
import { describeDetails } from './describeDetails.ts';
import { labelOr } from '../i18n/labelOr.ts';
import { messages } from '../i18n/messages.ts';

/** Who did what to this app, when and why: the record every retirement leaves. */
export function AuditTrail({ entries, appName }: { entries: AuditEntry[]; appName?: (id: string) => string }) {
  const t = useT(messages);
  // An app's status, or a version's review (pending → approved).
  const status = (s: string | null) => (s === null ? '' : labelOr(t, 'status', s, labelOr(t, 'versionStatus', s)));

  return (
    <Panel title={t('audit')} isEmpty={entries.length === 0} emptyText={t('noAudit')}>
      <DataTable
        className="ac-table ac-table--compact ac-audit"
        rows={entries}
        rowKey={(e) => String(e.id)}
        columns={[
          { header: t('auditCol.at'), className: 'ac-nowrap', cell: (e) => shanghaiDateTime(e.at) },
          { header: t('auditCol.actor'), cell: (e) => e.actor?.name ?? e.actor?.username ?? t('systemActor') },
          { header: t('auditCol.action'), cell: (e) => labelOr(t, 'auditAction', e.action) },
          {
            header: t('auditCol.change'),
            className: 'ac-nowrap',
            cell: (e) => (e.fromStatus || e.toStatus ? `${status(e.fromStatus)} → ${status(e.toStatus)}` : ''),
          },
          {
            header: t('auditCol.reason'),
            cell: (e) => (
              <>
                {e.reason ?? ''}
                {describeDetails(e.details, t, appName).map((part) => (
                  <div key={part} className="ac-sub">
                    {part}
                  </div>
                ))}
              </>
            ),
          },
        ]}
      />
    </Panel>
  );
}
