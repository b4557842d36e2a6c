import type { AuditEntry } from '@toolbox/sdk/api';
import { useConsole } from '../ConsoleContext.tsx';
import { shanghaiDateTime } from '@toolbox/sdk';
import { DataTable } from '../ui/DataTable.tsx';
import { Panel } from '../ui/Panel.tsx';
import { describeDetails } from './describeDetails.ts';

/** Who did what to this app, when and why: the record every retirement leaves. */
export function AuditTrail({ entries, appName }: { entries: AuditEntry[]; appName?: (id: string) => string }) {
  const { m } = useConsole();
  // An app's status, or a version's review (pending → approved).
  const status = (s: string | null) => (s === null ? '' : s in m.status ? m.status[s as keyof typeof m.status] : (m.versionStatus[s] ?? s));

  return (
    <Panel title={m.audit} isEmpty={entries.length === 0} emptyText={m.noAudit}>
      <DataTable
        className="ac-table ac-table--compact ac-audit"
        rows={entries}
        rowKey={(e) => String(e.id)}
        columns={[
          { header: m.auditCol.at, className: 'ac-nowrap', cell: (e) => shanghaiDateTime(e.at) },
          { header: m.auditCol.actor, cell: (e) => e.actor?.name ?? e.actor?.username ?? m.systemActor },
          { header: m.auditCol.action, cell: (e) => m.auditAction[e.action] ?? e.action },
          {
            header: m.auditCol.change,
            className: 'ac-nowrap',
            cell: (e) => (e.fromStatus || e.toStatus ? `${status(e.fromStatus)} → ${status(e.toStatus)}` : ''),
          },
          {
            header: m.auditCol.reason,
            cell: (e) => (
              <>
                {e.reason ?? ''}
                {describeDetails(e.details, m, appName).map((part) => (
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
