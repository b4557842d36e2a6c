import type { Recommendation, ReviewRow } from '../api/types.ts';

export type SortKey =
  | 'name'
  | 'owner'
  | 'opens'
  | 'activeUsers'
  | 'avgMonthlyActiveUsers'
  | 'coverage'
  | 'loadErrorRate'
  | 'rating'
  | 'costPerActiveUser'
  | 'trend'
  | 'score'
  | 'recommendation';

export interface Sort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

// Retire first: the review exists to find the apps to act on.
const RECOMMENDATION_ORDER: Record<Recommendation, number> = { retire: 0, merge: 1, improve: 2, keep: 3 };

function value(row: ReviewRow, key: SortKey): number | string | null {
  switch (key) {
    case 'name':
      return row.name['zh-CN'];
    case 'owner':
      return row.owner.unitName;
    case 'coverage':
      return row.coverage.ratio;
    case 'rating':
      return row.rating.average;
    case 'trend':
      return row.trend.change;
    case 'recommendation':
      return RECOMMENDATION_ORDER[row.recommendation];
    default:
      return row[key];
  }
}

/** A stable sort; rows without a figure (no rating, no cost) always go last, whichever the direction. */
export function sortRows(rows: readonly ReviewRow[], sort: Sort): ReviewRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row, sort.key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
      const order =
        typeof a.v === 'string' && typeof b.v === 'string'
          ? a.v.localeCompare(b.v, 'zh-CN')
          : (a.v as number) - (b.v as number);
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map((entry) => entry.row);
}
