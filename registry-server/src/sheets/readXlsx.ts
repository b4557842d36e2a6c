import ExcelJS from 'exceljs';
import { checkZipSize } from './checkZipSize.ts';
import type { SheetImage, SheetReading, SheetTable } from './SheetTable.ts';
import { type SheetText, sheetText } from './sheetText.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The text of a cell as the clerk typed it: numbers without exponent (phones, codes), formulas by their result. A whole
 * number past 2^53 (an ID number typed into a number cell: Excel kept 15 digits) reads as Excel shows it, 1.10105194912310E+17,
 * so that the reader can say what was lost rather than take made-up digits. A date
 * cell reads `YYYY-MM-DD`, with ` HH:mm` when it has a time of day: Excel keeps the wall-clock time, which ExcelJS hands
 * over as that time in UTC.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return Number.isSafeInteger(value) ? value.toFixed(0) : value.toPrecision(15).toUpperCase();
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const day = value.toISOString().slice(0, 10);
    const [h, m] = [value.getUTCHours(), value.getUTCMinutes()];
    return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  return '';
}

/** The first sheet named in `reading.sheetNames` (an export may add a sheet 说明 of instructions after it), else the first. */
export async function readXlsx(bytes: Buffer, reading: SheetReading, say: SheetText = sheetText()): Promise<SheetTable> {
  const { limits } = reading;
  await checkZipSize(bytes, limits.maxUnpackedBytes, reading, say);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw reading.invalid(say.xlsxUnreadable((error as Error).message));
  }
  const wanted = reading.sheetNames.map((n) => n.toLowerCase());
  const sheet = workbook.worksheets.find((w) => wanted.includes(w.name.trim().toLowerCase())) ?? workbook.worksheets[0];
  if (!sheet) throw reading.invalid(say.noSheet());
  if (sheet.actualRowCount > limits.maxRows + 1) {
    throw reading.tooLarge(say.sheetTooManyRows(sheet.name, sheet.actualRowCount - 1, limits.maxRows));
  }
  let headers: string[] | undefined;
  const rows: SheetTable['rows'] = [];
  const cellImages: NonNullable<SheetTable['cellImages']> = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    const width = Math.min(row.cellCount, limits.maxColumns);
    let pictured = false;
    for (let c = 1; c <= width; c++) {
      const value = row.getCell(c).value;
      if (limits.maxImages !== undefined && isWpsCellImage(value)) {
        cellImages.push({ line, column: c - 1 });
        pictured = true;
      }
      cells.push(cellText(value));
    }
    if (!pictured && cells.every((c) => c.trim() === '')) return;
    if (!headers) headers = cells;
    else rows.push({ line, cells });
  });
  if (!headers) throw reading.invalid(say.sheetNoHeader(sheet.name, reading.headerExample));
  if (limits.maxImages === undefined) return { format: 'xlsx', headers, rows };
  return { format: 'xlsx', headers, rows, images: sheetImages(workbook, sheet, limits.maxImages, reading, say), cellImages };
}

/** A picture WPS placed in the cell: the formula `=DISPIMG("ID_…",1)` (Excel shows #NAME?). */
function isWpsCellImage(value: ExcelJS.CellValue): boolean {
  const formula = value !== null && typeof value === 'object' && 'formula' in value ? String(value.formula) : '';
  return /(^|[^A-Z])DISPIMG\(/i.test(formula);
}

/**
 * The pictures floating over `sheet`, each at the cell its middle lies in (a picture dragged a little over the line
 * above still belongs to its row); pictures of other kinds than what ExcelJS reads (charts, shapes) are not pictures.
 */
function sheetImages(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, max: number, reading: SheetReading, say: SheetText): SheetImage[] {
  const placed = sheet.getImages();
  if (placed.length > max) throw reading.tooLarge(say.tooManyImages(placed.length, max));
  const images: (SheetImage & { x: number; y: number })[] = [];
  for (const { imageId, range } of placed) {
    const media = workbook.getImage(Number(imageId));
    if (!media?.buffer) continue;
    const middle = (from: number, to: number | undefined) => Math.floor(to === undefined ? from : (from + to) / 2);
    // Anchor.row and .col count from 0, with the offset into the cell as a fraction.
    images.push({ line: middle(range.tl.row, range.br?.row) + 1, column: middle(range.tl.col, range.br?.col), bytes: Buffer.from(media.buffer), x: range.tl.col, y: range.tl.row });
  }
  // By cell; in a cell that holds several, left to right, then top to bottom: the order a clerk reads them in.
  return images.sort((a, b) => a.line - b.line || a.column - b.column || a.x - b.x || a.y - b.y).map(({ x: _x, y: _y, ...image }) => image);
}
