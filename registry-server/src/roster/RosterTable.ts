/** A roster file read as text cells: the header row, then each row with its line number as the clerk sees it. */
export interface RosterTable {
  format: 'csv' | 'xlsx';
  /** For a CSV: the encoding it was read in. */
  encoding?: string;
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/** What a roster file may be: 5 MiB, 20,000 rows, and for an .xlsx 60 MiB unpacked (a zip may be a bomb). */
export const ROSTER_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 20_000, maxUnpackedBytes: 60 * 1024 * 1024, maxColumns: 40 } as const;
