// An .xlsx as a clerk keeps a ledger with its photos in it: rows, and pictures dropped over cells (ExcelJS).
import ExcelJS from 'exceljs';

/** A workbook of `rows` with pictures placed over cells: `[line as Excel numbers it, column from 0, bytes, nudge]`. */
export async function workbookWith(rows: ExcelJS.CellValue[][], pictures: [line: number, column: number, bytes: Buffer, nudge?: number][], extra?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  for (const r of rows) sheet.addRow(r);
  for (const [line, column, bytes, nudge = 0] of pictures) {
    const id = workbook.addImage({ buffer: bytes as unknown as ExcelJS.Buffer, extension: sniffExtension(bytes) });
    // Placed as a clerk drops a picture on a cell: a little inside it, spanning most of it.
    sheet.addImage(id, { tl: { col: column + 0.1 + nudge, row: line - 1 + 0.1 }, br: { col: column + 0.45 + nudge, row: line - 1 + 0.9 } } as unknown as ExcelJS.ImageRange);
  }
  extra?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const sniffExtension = (bytes: Buffer) => (bytes[0] === 0x89 ? 'png' : bytes[0] === 0x47 ? 'gif' : 'jpeg');
