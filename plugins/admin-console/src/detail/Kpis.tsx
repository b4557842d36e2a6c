import type { ReviewRow } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { formatChange, formatInt, formatMoney, formatPercent, formatRating } from '../lib/format.ts';

/** The app's figures for the year at a glance; each is about the app, none about a person. */
export function Kpis({ row }: { row: ReviewRow }) {
  const { m, locale } = useConsole();
  const items: [string, string, string?][] = [
    [m.kpi.score, String(Math.round(row.score))],
    [m.kpi.opens, formatInt(row.opens, locale), m.trendLine(formatChange(row.trend.change))],
    [m.kpi.activeUsers, formatInt(row.activeUsers, locale)],
    [m.kpi.avgMau, formatInt(row.avgMonthlyActiveUsers, locale)],
    [m.kpi.coverage, formatPercent(row.coverage.ratio), m.coverageValue(row.coverage.used, row.coverage.eligible)],
    [m.kpi.loadErrorRate, formatPercent(row.loadErrorRate)],
    [
      m.kpi.rating,
      row.rating.average === null ? '—' : formatRating(row.rating.average),
      row.rating.average === null ? m.noRatings : m.ratingCount(row.rating.count),
    ],
    [
      m.kpi.costPerUser,
      row.costPerActiveUser === null ? '—' : `¥${formatMoney(row.costPerActiveUser, locale)}`,
      row.annualCost === null ? m.notRecorded : `${m.kpi.cost} ¥${formatMoney(row.annualCost, locale)}`,
    ],
    [m.kpi.activeDays, formatInt(row.activeDays, locale), `${m.kpi.daysLive} ${formatInt(row.daysLive, locale)}`],
    [m.kpi.versions, formatInt(row.versionsPublished, locale)],
  ];
  return (
    <dl className="ac-kpis">
      {items.map(([label, value, sub]) => (
        <div key={label} className="ac-kpi">
          <dt>{label}</dt>
          <dd>
            <strong>{value}</strong>
            {sub && <span className="ac-muted">{sub}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
