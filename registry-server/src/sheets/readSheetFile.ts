import { Errors } from '../errors.ts';
import { readCsv } from './readCsv.ts';
import { readXlsx } from './readXlsx.ts';
import { ROSTER_LIMITS, type RosterTable } from './RosterTable.ts';

/**
 * Reads a roster upload by its content, whatever its name says: a zip (`PK`) is an .xlsx workbook, an old binary
 * .xls (OLE) is refused with what to do, anything else is read as CSV text.
 */
export async function readRosterFile(bytes: Buffer): Promise<RosterTable> {
  if (bytes.length === 0) throw new Errors.ROSTER_FILE_INVALID('the file is empty');
  if (bytes.length > ROSTER_LIMITS.maxBytes) throw new Errors.ROSTER_TOO_LARGE(`the file is over ${ROSTER_LIMITS.maxBytes / 1024 / 1024} MiB`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsx(bytes);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new Errors.ROSTER_FILE_INVALID('this is an old Excel .xls file: save it as .xlsx (Excel 工作簿) or CSV and upload that');
  }
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw new Errors.ROSTER_FILE_INVALID('the file is neither CSV text nor an .xlsx workbook');
  }
  return readCsv(bytes);
}
