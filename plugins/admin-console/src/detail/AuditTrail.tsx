import { Card } from '@toolbox/sdk/ui';
import type { AuditEntry } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { shanghaiDateTime } from '../lib/shanghaiDate.ts';
import { describeDetails } from './describeDetails.ts';

/** Who did what to this app, when and why: the record every retirement leaves. */
export function AuditTrail({ entries, appName }: { entries: AuditEntry[]; appName?: (id: string) => string }) {
  const { m, locale } = useConsole();
  const status = (s: string | null) => (s && s in m.status ? m.status[s as keyof typeof m.status] : (s ?? ''));

  return (
    <Card className="ac-panel" title={m.audit}>
      {entries.length === 0 ? (
        <p className="ac-muted">{m.noAudit}</p>
      ) : (
        <table className="ac-table ac-table--compact ac-audit">
          <thead>
            <tr>
              <th scope="col">{m.auditCol.at}</th>
              <th scope="col">{m.auditCol.actor}</th>
              <th scope="col">{m.auditCol.action}</th>
              <th scope="col">{m.auditCol.change}</th>
              <th scope="col">{m.auditCol.reason}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="ac-nowrap">{shanghaiDateTime(e.at, locale)}</td>
                <td>{e.actorName ?? m.systemActor}</td>
                <td>{m.auditAction[e.action] ?? e.action}</td>
                <td className="ac-nowrap">
                  {e.fromStatus || e.toStatus ? `${status(e.fromStatus)} → ${status(e.toStatus)}` : ''}
                </td>
                <td>
                  {e.reason ?? ''}
                  {describeDetails(e.details, m, appName).map((part) => (
                    <div key={part} className="ac-sub">
                      {part}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
