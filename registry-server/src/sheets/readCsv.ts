import { parse } from 'csv-parse/sync';
import { Errors } from '../errors.ts';
import { decodeText } from './decodeText.ts';
import { ROSTER_LIMITS, type RosterTable } from './RosterTable.ts';

/** The delimiter of the header line: a comma, or a tab (Excel's "Unicode text"), or a semicolon (European Excel). */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

export function readCsv(bytes: Uint8Array): RosterTable {
  const { text, encoding } = decodeText(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, bom: true, info: true }) as unknown as typeof records;
  } catch (error) {
    throw new Errors.ROSTER_FILE_INVALID(`the CSV cannot be read (${(error as Error).message})`);
  }
  const [head, ...rest] = records;
  if (!head) throw new Errors.ROSTER_FILE_INVALID('the file is empty: the first row must hold the column headers (类型, 单位编号, …)');
  if (rest.length > ROSTER_LIMITS.maxRows) throw new Errors.ROSTER_TOO_LARGE(`the file has ${rest.length} rows; at most ${ROSTER_LIMITS.maxRows} are read at once`);
  // The line a clerk sees in Excel: the parser's line count (empty lines skipped but counted).
  return { format: 'csv', encoding, headers: head.record, rows: rest.map((r) => ({ line: r.info.lines, cells: r.record })) };
}
