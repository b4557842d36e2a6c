import ExcelJS from 'exceljs';
import { Errors } from '../errors.ts';
import { checkZipSize } from './checkZipSize.ts';
import { ROSTER_LIMITS, type RosterTable } from './RosterTable.ts';

/** The text of a cell as the clerk typed it: numbers without exponent (phones, codes), formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  return '';
}

/** The sheet named 名册 (or "roster"), else the first: the export adds a sheet 说明 of instructions after it. */
export async function readXlsx(bytes: Buffer): Promise<RosterTable> {
  await checkZipSize(bytes, ROSTER_LIMITS.maxUnpackedBytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new Errors.ROSTER_FILE_INVALID(`the .xlsx is not a readable workbook (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets.find((w) => ['名册', 'roster'].includes(w.name.trim().toLowerCase())) ?? workbook.worksheets[0];
  if (!sheet) throw new Errors.ROSTER_FILE_INVALID('the workbook has no sheet');
  if (sheet.actualRowCount > ROSTER_LIMITS.maxRows + 1) {
    throw new Errors.ROSTER_TOO_LARGE(`the sheet "${sheet.name}" has ${sheet.actualRowCount - 1} rows; at most ${ROSTER_LIMITS.maxRows} are read at once`);
  }
  let headers: string[] | undefined;
  const rows: RosterTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    const width = Math.min(row.cellCount, ROSTER_LIMITS.maxColumns);
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    if (cells.every((c) => c.trim() === '')) return;
    if (!headers) headers = cells;
    else rows.push({ line, cells });
  });
  if (!headers) throw new Errors.ROSTER_FILE_INVALID(`the sheet "${sheet.name}" is empty: its first row must hold the column headers (类型, 单位编号, …)`);
  return { format: 'xlsx', headers, rows };
}
