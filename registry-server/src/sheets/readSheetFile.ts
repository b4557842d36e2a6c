import { readCsv } from './readCsv.ts';
import type { SheetReading, SheetTable } from './SheetTable.ts';
import { readXlsx } from './readXlsx.ts';

/**
 * Reads a spreadsheet upload by its content, whatever its name says: a zip (`PK`) is an .xlsx workbook, an old binary
 * .xls (OLE) is refused with what to do, anything else is read as CSV text.
 */
export async function readSheetFile(bytes: Buffer, reading: SheetReading): Promise<SheetTable> {
  const { limits } = reading;
  if (bytes.length === 0) throw reading.invalid('the file is empty');
  if (bytes.length > limits.maxBytes) throw reading.tooLarge(`the file is over ${limits.maxBytes / 1024 / 1024} MiB`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsx(bytes, reading);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw reading.invalid('this is an old Excel .xls file: save it as .xlsx (Excel 工作簿) or CSV and upload that');
  }
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw reading.invalid('the file is neither CSV text nor an .xlsx workbook');
  }
  return readCsv(bytes, reading);
}
