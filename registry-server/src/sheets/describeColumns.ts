import type { SheetColumns } from '@toolbox/sdk/api';
import type { SheetTable } from './SheetTable.ts';

const SAMPLES = 20;
const SAMPLE_LENGTH = 500;
const DISTINCT_CAP = 1000;

/**
 * Each column of `table`: how many rows fill it, how many different values it has, its most frequent values, and (an
 * .xlsx read with its pictures) how many pictures sit on its cells in rows of data.
 */
export function describeColumns(table: SheetTable): SheetColumns['columns'] {
  const lines = new Set(table.rows.map((r) => r.line));
  const pictures = new Map<number, number>();
  for (const image of table.images ?? []) if (lines.has(image.line)) pictures.set(image.column, (pictures.get(image.column) ?? 0) + 1);
  return table.headers.map((header, index) => {
    const counts = new Map<string, number>();
    let filled = 0;
    for (const row of table.rows) {
      const value = (row.cells[index] ?? '').trim();
      if (value === '') continue;
      filled += 1;
      if (counts.has(value)) counts.set(value, counts.get(value)! + 1);
      else if (counts.size < DISTINCT_CAP) counts.set(value, 1);
    }
    // Most frequent first; a stable sort keeps ties in the order the rows give them.
    const samples = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, SAMPLES).map(([v]) => v.slice(0, SAMPLE_LENGTH));
    return { header, filled, distinct: counts.size, samples, ...(table.images ? { pictures: pictures.get(index) ?? 0 } : {}) };
  });
}
