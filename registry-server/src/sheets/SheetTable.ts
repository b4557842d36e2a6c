import type { LocalizedText } from '@toolbox/sdk';

/** A spreadsheet upload read as text cells: the header row, then each row with its line number as the clerk sees it. */
export interface SheetTable {
  format: 'csv' | 'xlsx';
  /** For a CSV: the encoding it was read in. */
  encoding?: string;
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/** What an upload may be: its bytes, its rows of data, an .xlsx's unpacked size (a zip may be a bomb), its columns. */
export interface SheetLimits {
  maxBytes: number;
  maxRows: number;
  maxUnpackedBytes: number;
  maxColumns: number;
}

/**
 * How one kind of upload (the roster, a form app's records) reads: its limits, its own TOOLBOX_* refusals, the sheet
 * names it looks for first in a workbook, and an example of the header row for the message when it is missing.
 */
export interface SheetReading {
  limits: SheetLimits;
  invalid: (message: string) => Error;
  tooLarge: (message: string) => Error;
  sheetNames: string[];
  headerExample: LocalizedText;
}
