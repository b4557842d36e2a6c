import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { csvText } from '../lib/csvCell.ts';
import { KIND_LABELS, ROLE_LABELS, ROSTER_COLUMNS, STATUS_LABELS, TYPE_LABELS } from './rosterColumns.ts';
import { rosterHeaders, rosterLine, type RosterCells } from './exportRoster.ts';
import { COLUMN_HELP, IMPORT_HELP } from './rosterHelp.ts';


/** UTF-8 with a BOM and CRLF: Excel in China opens it with the Chinese intact (without the BOM it assumes GBK). */
export function writeRosterCsv(rows: RosterCells[]): Buffer {
  const text = stringify([rosterHeaders(), ...rows.map((r) => rosterLine(r).map(csvText))], { record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

const WIDTHS: Record<string, number> = { 类型: 8, 单位编号: 18, 单位名称: 22, 上级单位编号: 16, 单位类型: 10, 英文名称: 26, 用户名: 16, 姓名: 12, 手机号: 16, 所属单位编号: 16, 角色: 12, 管理单位编号: 16, 状态: 8 };

/** Sheet 名册 (text cells, so codes and phones keep their leading zeros; drop-down lists for the fixed words) and sheet 说明. */
export async function writeRosterXlsx(rows: RosterCells[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Toolbox';
  const sheet = workbook.addWorksheet('名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: WIDTHS[c.header] ?? 14, style: { numFmt: '@' } }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
  for (const r of rows) sheet.addRow(rosterLine(r));
  const last = Math.max(rows.length + 200, 1000);
  const list = (field: string, words: string[]) => {
    const col = ROSTER_COLUMNS.findIndex((c) => c.field === field) + 1;
    const letter = sheet.getColumn(col).letter;
    for (let r = 2; r <= last; r++) {
      sheet.getCell(`${letter}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${words.join(',')}"`] };
    }
  };
  list('type', [TYPE_LABELS.unit[0]!, TYPE_LABELS.user[0]!]);
  list('kind', Object.values(KIND_LABELS).map((l) => l[0]!));
  list('role', Object.values(ROLE_LABELS).map((l) => l[0]!));
  list('status', Object.values(STATUS_LABELS).map((l) => l[0]!));

  const help = workbook.addWorksheet('说明');
  help.columns = [{ width: 16 }, { width: 90 }];
  help.addRow(['列', '说明']).font = { bold: true };
  for (const [h, text] of COLUMN_HELP) help.addRow([h, text]);
  help.addRow([]);
  for (const line of IMPORT_HELP) help.addRow(['', line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
