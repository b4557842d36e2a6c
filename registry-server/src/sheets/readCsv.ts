import { parse } from 'csv-parse/sync';
import { decodeText } from './decodeText.ts';
import type { SheetReading, SheetTable } from './SheetTable.ts';
import { type SheetText, sheetText } from './sheetText.ts';

/** The delimiter of the header line: a comma, or a tab (Excel's "Unicode text"), or a semicolon (European Excel). */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

export function readCsv(bytes: Uint8Array, reading: SheetReading, say: SheetText = sheetText()): SheetTable {
  const { text, encoding } = decodeText(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, bom: true, info: true }) as unknown as typeof records;
  } catch (error) {
    throw reading.invalid(say.csvUnreadable((error as Error).message));
  }
  const [head, ...rest] = records;
  if (!head) throw reading.invalid(say.noHeader(reading.headerExample));
  const { maxRows, maxColumns } = reading.limits;
  if (rest.length > maxRows) throw reading.tooLarge(say.tooManyRows(rest.length, maxRows));
  // The line a clerk sees in Excel: the parser's line count (empty lines skipped but counted).
  const cut = (cells: string[]) => cells.slice(0, maxColumns);
  return { format: 'csv', encoding, headers: cut(head.record), rows: rest.map((r) => ({ line: r.info.lines, cells: cut(r.record) })) };
}
