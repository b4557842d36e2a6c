import type { RosterMessages } from './rosterMessages.ts';
import type { RosterFieldChange, RosterReport } from './rosterTypes.ts';

/** Rows drawn at once: a district's whole roster is a few thousand; the summary counts them all. */
const SHOWN = 500;

function value(t: RosterMessages, v: string | null): string {
  return v === null || v === '' ? t.empty : (t.value[v] ?? v);
}

function describe(t: RosterMessages, c: RosterFieldChange): string {
  if (c.from === null && c.field === 'status') return `${t.field.status}：${value(t, c.to)}`;
  return `${t.field[c.field] ?? c.field}：${value(t, c.from)} → ${value(t, c.to)}`;
}

const ACTION_TAG: Record<string, string> = { add: 'ac-tag--green', change: 'ac-tag--blue', disable: 'ac-tag--grey' };

/** The dry run's answer: counts, then every row that cannot be taken (row number, column, why), then every change. */
export function RosterReportView({ report, t }: { report: RosterReport; t: RosterMessages }) {
  const s = report.summary;
  return (
    <div className="ac-roster-report" data-roster-report>
      <ul className="ac-roster-summary" aria-label={t.step2}>
        {(['add', 'change', 'disable', 'unchanged', 'errors'] as const).map((k) => (
          <li key={k} className={k === 'errors' && s.errors > 0 ? 'ac-roster-summary--bad' : undefined} data-summary={k}>
            <strong>{s[k]}</strong>
            <span>{t.summary[k]}</span>
          </li>
        ))}
      </ul>
      <p className="ac-muted">{t.rowsRead(report.rows, report.format, report.encoding)}</p>
      {report.ignoredColumns.length > 0 && <p className="ac-help">{t.ignored(report.ignoredColumns)}</p>}

      {report.errors.length > 0 && (
        <section aria-label={t.errorsTitle(report.errors.length)}>
          <h3 className="ac-roster-title ac-roster-title--bad">{t.errorsTitle(report.errors.length)}</h3>
          <div className="ac-table-scroll ac-roster-table">
            <table className="ac-table ac-table--compact">
              <thead>
                <tr>
                  <th scope="col" className="ac-num">{t.col.line}</th>
                  <th scope="col">{t.col.key}</th>
                  <th scope="col">{t.col.column}</th>
                  <th scope="col">{t.col.reason}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.slice(0, SHOWN).map((e) => (
                  <tr key={`${e.line}-${e.code}-${e.column}`} data-error-line={e.line} data-error-code={e.code}>
                    <td className="ac-num">{e.line}</td>
                    <td>{e.key || '—'}</td>
                    <td className="ac-nowrap">{e.column}</td>
                    <td>
                      {t.reasons[e.code] ?? e.message}
                      {e.value !== undefined && e.value !== '' && (
                        <span className="ac-muted">（{e.code.endsWith('_duplicate') ? t.sameAs(e.value) : e.value}）</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.errors.length > SHOWN && <p className="ac-muted">{t.more(report.errors.length - SHOWN)}</p>}
        </section>
      )}

      {report.items.length === 0 && report.errors.length === 0 ? (
        <p className="ac-roster-nothing">{t.nothing}</p>
      ) : report.items.length > 0 ? (
        <section aria-label={t.changesTitle(report.items.length)}>
          <h3 className="ac-roster-title">{t.changesTitle(report.items.length)}</h3>
          <div className="ac-table-scroll ac-roster-table">
            <table className="ac-table ac-table--compact">
              <thead>
                <tr>
                  <th scope="col" className="ac-num">{t.col.line}</th>
                  <th scope="col">{t.col.action}</th>
                  <th scope="col">{t.col.type}</th>
                  <th scope="col">{t.col.key}</th>
                  <th scope="col">{t.col.name}</th>
                  <th scope="col">{t.col.detail}</th>
                </tr>
              </thead>
              <tbody>
                {report.items.slice(0, SHOWN).map((item) => (
                  <tr key={`${item.type}-${item.key.toLowerCase()}`} data-item={item.key} data-action={item.action}>
                    <td className="ac-num">{item.line ?? '—'}</td>
                    <td>
                      <span className={`ac-tag ${ACTION_TAG[item.action] ?? ''}`}>{t.action[item.action]}</span>
                    </td>
                    <td>{t.type[item.type]}</td>
                    <td className="ac-nowrap">{item.key}</td>
                    <td>{item.name}</td>
                    <td>{item.reason === 'absent' ? t.absent : item.changes.map((c) => describe(t, c)).join('；')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.items.length > SHOWN && <p className="ac-muted">{t.more(report.items.length - SHOWN)}</p>}
        </section>
      ) : null}
    </div>
  );
}
