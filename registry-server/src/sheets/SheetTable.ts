import type { LocalizedText } from '@toolbox/sdk';

/** A spreadsheet upload read as text cells: the header row, then each row with its line number as the clerk sees it. */
export interface SheetTable {
  format: 'csv' | 'xlsx';
  /** For a CSV: the encoding it was read in. */
  encoding?: string;
  headers: string[];
  rows: { line: number; cells: string[] }[];
  /** An .xlsx's pictures, when the reading asks for them (`limits.maxImages`), by the cell they sit in. */
  images?: SheetImage[];
  /**
   * Cells that hold a picture WPS placed *in* the cell (嵌入单元格, a `DISPIMG` formula): its bytes are in a part of
   * WPS's own that no reader of the format knows, so such a picture cannot be read, only named.
   */
  cellImages?: { line: number; column: number }[];
}

/** A picture of a sheet: the cell its middle lies in (the line as Excel numbers it, the column from 0), its bytes. */
export interface SheetImage {
  line: number;
  column: number;
  bytes: Buffer;
}

/** What an upload may be: its bytes, its rows of data, an .xlsx's unpacked size (a zip may be a bomb), its columns. */
export interface SheetLimits {
  maxBytes: number;
  maxRows: number;
  maxUnpackedBytes: number;
  maxColumns: number;
  /** Read the pictures of an .xlsx too, at most this many (more: tooLarge); unset, they are not read. */
  maxImages?: number;
}

/** What a reading of one kind of upload names that a worker thread can be sent (SheetReading without its refusals). */
export interface SheetShape {
  limits: SheetLimits;
  sheetNames: string[];
  headerExample: LocalizedText;
}

/**
 * How one kind of upload (the roster, a form app's records) reads: its limits, its own TOOLBOX_* refusals, the sheet
 * names it looks for first in a workbook, and an example of the header row for the message when it is missing.
 */
export interface SheetReading extends SheetShape {
  invalid: (message: string) => Error;
  tooLarge: (message: string) => Error;
}
