import { useLocale, useT } from '@toolbox/sdk/react';
import type { ReviewRow } from '../api/types.ts';
import { formatChange, formatInt, formatMoney, formatPercent, formatRating } from '../lib/format.ts';
import { messages } from '../i18n/messages.ts';

/** The app's figures for the year at a glance; each is about the app, none about a person. */
export function Kpis({ row }: { row: ReviewRow }) {
  const locale = useLocale();
  const t = useT(messages);
  const items: [string, string, string?][] = [
    [t('kpi.score'), String(Math.round(row.score))],
    [t('kpi.opens'), formatInt(row.opens, locale), t('trendLine', formatChange(row.trend.change))],
    [t('kpi.activeUsers'), formatInt(row.activeUsers, locale)],
    [t('kpi.avgMau'), formatInt(row.avgMonthlyActiveUsers, locale)],
    [t('kpi.coverage'), formatPercent(row.coverage.ratio), t('coverageValue', row.coverage.used, row.coverage.eligible)],
    [t('kpi.loadErrorRate'), formatPercent(row.loadErrorRate)],
    [
      t('kpi.rating'),
      row.rating.average === null ? '—' : formatRating(row.rating.average),
      row.rating.average === null ? t('noRatings') : t('ratingCount', row.rating.count),
    ],
    [
      t('kpi.costPerUser'),
      row.costPerActiveUser === null ? '—' : `¥${formatMoney(row.costPerActiveUser, locale)}`,
      row.annualCost === null ? t('notRecorded') : `${t('kpi.cost')} ¥${formatMoney(row.annualCost, locale)}`,
    ],
    [t('kpi.activeDays'), formatInt(row.activeDays, locale), `${t('kpi.daysLive')} ${formatInt(row.daysLive, locale)}`],
    [t('kpi.versions'), formatInt(row.versionsPublished, locale)],
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
