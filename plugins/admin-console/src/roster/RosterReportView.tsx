import type { ReactNode } from 'react';
import type { Translate } from '@toolbox/sdk/react';
import { DataTable } from '../ui/DataTable.tsx';
import { labelOr } from '../i18n/labelOr.ts';
import type { RosterWords } from './rosterMessages.ts';
import type { RosterFieldChange, RosterReport } from './rosterTypes.ts';

/** Rows drawn at once: a district's whole roster is a few thousand; the summary counts them all. */
const SHOWN = 500;

type T = Translate<RosterWords>;

function value(t: T, v: string | null): string {
  return v === null || v === '' ? t('empty') : labelOr(t, 'value', v);
}

function describe(t: T, c: RosterFieldChange): string {
  if (c.from === null && c.field === 'status') return `${t('field.status')}${t('colon')}${value(t, c.to)}`;
  return `${labelOr(t, 'field', c.field)}${t('colon')}${value(t, c.from)} → ${value(t, c.to)}`;
}

const ACTION_TAG: Record<string, string> = { add: 'ac-tag--green', change: 'ac-tag--blue', disable: 'ac-tag--grey' };

/** The dry run's answer: counts, then every row that cannot be taken (row number, column, why), then every change. */
export function RosterReportView({ report, t }: { report: RosterReport; t: T }) {
  const s = report.summary;
  return (
    <div className="ac-roster-report" data-roster-report>
      <ul className="ac-roster-summary" aria-label={t('step2')}>
        {(['add', 'change', 'disable', 'unchanged', 'errors'] as const).map((k) => (
          <li key={k} className={k === 'errors' && s.errors > 0 ? 'ac-roster-summary--bad' : undefined} data-summary={k}>
            <strong>{s[k]}</strong>
            <span>{t(`summary.${k}`)}</span>
          </li>
        ))}
      </ul>
      <p className="ac-muted">{t('rowsRead', report.rows, report.format, report.encoding)}</p>
      {report.ignoredColumns.length > 0 && <p className="ac-help">{t('ignored', report.ignoredColumns)}</p>}

      {report.errors.length > 0 && (
        <ReportSection t={t} title={t('errorsTitle', report.errors.length)} bad total={report.errors.length}>
          <DataTable
            className="ac-table ac-table--compact"
            rows={report.errors.slice(0, SHOWN)}
            rowKey={(e) => `${e.line}-${e.code}-${e.column}`}
            rowAttributes={(e) => ({ 'data-error-line': e.line, 'data-error-code': e.code })}
            columns={[
              { header: t('col.line'), numeric: true, cell: (e) => e.line },
              { header: t('col.key'), cell: (e) => e.key || '—' },
              { header: t('col.column'), className: 'ac-nowrap', cell: (e) => e.column },
              {
                header: t('col.reason'),
                cell: (e) => (
                  <>
                    {labelOr(t, 'reasons', e.code, e.message)}
                    {e.value !== undefined && e.value !== '' && (
                      <span className="ac-muted">（{e.code.endsWith('_duplicate') ? t('sameAs', e.value) : e.value}）</span>
                    )}
                  </>
                ),
              },
            ]}
          />
        </ReportSection>
      )}

      {report.items.length === 0 && report.errors.length === 0 ? (
        <p className="ac-roster-nothing">{t('nothing')}</p>
      ) : report.items.length > 0 ? (
        <ReportSection t={t} title={t('changesTitle', report.items.length)} total={report.items.length}>
          <DataTable
            className="ac-table ac-table--compact"
            rows={report.items.slice(0, SHOWN)}
            rowKey={(item) => `${item.type}-${item.key.toLowerCase()}`}
            rowAttributes={(item) => ({ 'data-item': item.key, 'data-action': item.action })}
            columns={[
              { header: t('col.line'), numeric: true, cell: (item) => item.line ?? '—' },
              {
                header: t('col.action'),
                cell: (item) => <span className={`ac-tag ${ACTION_TAG[item.action] ?? ''}`}>{t(`action.${item.action}`)}</span>,
              },
              { header: t('col.type'), cell: (item) => t(`type.${item.type}`) },
              { header: t('col.key'), className: 'ac-nowrap', cell: (item) => item.key },
              { header: t('col.name'), cell: (item) => item.name },
              {
                header: t('col.detail'),
                cell: (item) => (item.reason === 'absent' ? t('absent') : item.changes.map((c) => describe(t, c)).join('；')),
              },
            ]}
          />
        </ReportSection>
      ) : null}
    </div>
  );
}

/** A titled list of the report, scrolling on its own; rows past the first SHOWN are counted, not drawn. */
function ReportSection({ t, title, bad, total, children }: { t: T; title: string; bad?: boolean; total: number; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <h3 className={bad ? 'ac-roster-title ac-roster-title--bad' : 'ac-roster-title'}>{title}</h3>
      <div className="ac-table-scroll ac-roster-table">{children}</div>
      {total > SHOWN && <p className="ac-muted">{t('more', total - SHOWN)}</p>}
    </section>
  );
}
