import type { Recommendation, ReviewRow } from '../api/types.ts';

export interface RowFilter {
  recommendation: Recommendation | '';
  ownerUnit: string;
  category: string;
  /** Free text matched against the names and the id. */
  text: string;
}

export const emptyFilter: RowFilter = { recommendation: '', ownerUnit: '', category: '', text: '' };

export function filterRows(rows: readonly ReviewRow[], filter: RowFilter): ReviewRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!filter.recommendation || row.recommendation === filter.recommendation) &&
      (!filter.ownerUnit || row.owner.unit === filter.ownerUnit) &&
      (!filter.category || row.category === filter.category) &&
      (!text ||
        row.id.toLowerCase().includes(text) ||
        row.name['zh-CN'].toLowerCase().includes(text) ||
        (row.name.en ?? '').toLowerCase().includes(text)),
  );
}

/** The owner units present in the review, for the owner filter, in Chinese collation order. */
export function ownerOptions(rows: readonly ReviewRow[]): { unit: string; unitName: string }[] {
  const byUnit = new Map<string, string>();
  for (const row of rows) byUnit.set(row.owner.unit, row.owner.unitName || row.owner.unit);
  return [...byUnit]
    .map(([unit, unitName]) => ({ unit, unitName }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'));
}

export function categoryOptions(rows: readonly ReviewRow[]): string[] {
  return [...new Set(rows.map((row) => row.category))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
