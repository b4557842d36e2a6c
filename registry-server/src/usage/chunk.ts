/**
 * Splits rows so that one statement stays under the engines' bound-parameter limits
 * (SQLite 32,766, PostgreSQL 65,535) whatever the number of columns.
 */
export function chunk<T>(rows: readonly T[], columns: number, maxParams = 30_000): T[][] {
  const size = Math.max(1, Math.floor(maxParams / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
