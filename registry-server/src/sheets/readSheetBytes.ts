import { readCsv } from './readCsv.ts';
import type { SheetReading, SheetTable } from './SheetTable.ts';
import { type SheetLang, type SheetText, sheetText } from './sheetText.ts';
import { readXlsx } from './readXlsx.ts';

/**
 * Reads a spreadsheet upload by its content, whatever its name says: a zip (`PK`) is an .xlsx workbook, an old binary
 * .xls (OLE) is refused with what to do, anything else is read as CSV text. Refusals are worded in `lang`. On the
 * server this runs on a worker thread (readSheetFile.ts).
 */
export async function readSheetBytes(bytes: Buffer, reading: SheetReading, lang: SheetLang = 'zh-CN'): Promise<SheetTable> {
  const say = sheetText(lang);
  checkSheetSize(bytes, reading, say);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsx(bytes, reading, say);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw reading.invalid(say.oldXls());
  }
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw reading.invalid(say.notSheet());
  }
  return readCsv(bytes, reading, say);
}

/** Refuses an empty file and one over the reading's byte limit (readSheetFile asks it before a thread is). */
export function checkSheetSize(bytes: Uint8Array, reading: SheetReading, say: SheetText): void {
  if (bytes.length === 0) throw reading.invalid(say.empty());
  if (bytes.length > reading.limits.maxBytes) throw reading.tooLarge(say.tooLargeBytes(reading.limits.maxBytes));
}
