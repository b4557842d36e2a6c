import { localized } from '@toolbox/sdk';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { ReviewRow } from '../api/types.ts';
import { formatChange, formatInt, formatMoney, formatPercent, formatRating } from '../lib/format.ts';
import { RecommendationTag, StatusTag } from '../ui/RecommendationTag.tsx';
import { TextList } from '../ui/TextList.tsx';
import type { Sort, SortKey } from './sortRows.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  year: number;
  rows: ReviewRow[];
  sort: Sort;
  onSort(sort: Sort): void;
  onOpen(id: string): void;
}

/** Figures read best from the largest down; names, owners and the recommendation from the top of the list. */
const FIRST_DIRECTION: Partial<Record<SortKey, 'asc' | 'desc'>> = { name: 'asc', owner: 'asc', recommendation: 'asc' };

export function ReviewTable({ year, rows, sort, onSort, onOpen }: Props) {
  const locale = useLocale();
  const t = useT(messages);

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    const next: Sort = active
      ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
      : { key, direction: FIRST_DIRECTION[key] ?? 'desc' };
    return (
      <th
        scope="col"
        className={numeric ? 'ac-num' : undefined}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button type="button" className="ac-sort" title={t('sortBy', label)} onClick={() => onSort(next)}>
          {label}
          <span aria-hidden="true" className="ac-sort__mark">
            {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <table className="ac-table ac-review-table" aria-label={t('reviewTable', year)}>
      <thead>
        <tr>
          {header('name', t('col.app'))}
          {header('recommendation', t('col.recommendation'))}
          {header('score', t('col.score'), true)}
          {header('opens', t('col.opens'), true)}
          {header('activeUsers', t('col.activeUsers'), true)}
          {header('avgMonthlyActiveUsers', t('col.avgMau'), true)}
          {header('coverage', t('col.coverage'), true)}
          {header('loadErrorRate', t('col.loadErrorRate'), true)}
          {header('rating', t('col.rating'), true)}
          {header('costPerActiveUser', t('col.costPerUser'), true)}
          {header('trend', t('col.trend'), true)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-app={row.id}>
            <th scope="row" className="ac-app-cell">
              <button type="button" className="ac-link" onClick={() => onOpen(row.id)} title={t('openDetail')}>
                {localized(row.name, locale)}
              </button>
              <div className="ac-sub">
                {row.owner.unitName || row.owner.unit} · {row.category}
              </div>
              {row.status !== 'active' && <StatusTag value={row.status} />}
            </th>
            <td className="ac-rec-cell">
              <RecommendationTag value={row.recommendation} />
              <TextList className="ac-reasons" items={row.reasons} />
            </td>
            <td className="ac-num">
              <strong>{Math.round(row.score)}</strong>
            </td>
            <td className="ac-num">{formatInt(row.opens, locale)}</td>
            <td className="ac-num">{formatInt(row.activeUsers, locale)}</td>
            <td className="ac-num">{formatInt(row.avgMonthlyActiveUsers, locale)}</td>
            <td className="ac-num" title={t('coverageValue', row.coverage.used, row.coverage.eligible)}>
              {formatPercent(row.coverage.ratio)}
            </td>
            <td className={`ac-num${row.loadErrorRate >= 0.05 ? ' ac-bad' : ''}`}>{formatPercent(row.loadErrorRate)}</td>
            <td className="ac-num">
              {row.rating.average === null ? (
                <span className="ac-muted">{t('noRatings')}</span>
              ) : (
                <>
                  {formatRating(row.rating.average)}
                  <div className="ac-sub">{t('ratingCount', row.rating.count)}</div>
                </>
              )}
            </td>
            <td className="ac-num">
              {row.costPerActiveUser === null ? (
                <span className="ac-muted">{t('notRecorded')}</span>
              ) : (
                `¥${formatMoney(row.costPerActiveUser, locale)}`
              )}
            </td>
            <td className={`ac-num${(row.trend.change ?? 0) < -0.2 ? ' ac-bad' : ''}`}>{formatChange(row.trend.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
