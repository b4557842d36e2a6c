import { Errors } from '../errors.ts';
import type { SheetReading, SheetTable } from '../sheets/SheetTable.ts';

/** A roster file read as text cells: the header row, then each row with its line number as the clerk sees it. */
export type RosterTable = SheetTable;

/** What a roster file may be: 5 MiB, 20,000 rows, and for an .xlsx 60 MiB unpacked (a zip may be a bomb). */
export const ROSTER_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 20_000, maxUnpackedBytes: 60 * 1024 * 1024, maxColumns: 40 } as const;

/** How a roster is read: the sheet 名册 (the export adds a sheet 说明 after it), refused with the roster's codes. */
export const ROSTER_READING: SheetReading = {
  limits: ROSTER_LIMITS,
  invalid: (message) => new Errors.ROSTER_FILE_INVALID(message),
  tooLarge: (message) => new Errors.ROSTER_TOO_LARGE(message),
  sheetNames: ['名册', 'roster'],
  headerExample: { 'zh-CN': '类型, 单位编号, …', en: '类型 (type), 单位编号 (unit code), …' },
};
