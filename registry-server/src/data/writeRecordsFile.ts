import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { DataRecord } from '@toolbox/sdk';
import { csvText } from '../lib/csvCell.ts';
import type { ExportColumn } from './exportColumns.ts';

/** Batches of records with their unit's name, in the list's order. */
export type RecordBatches = AsyncIterable<{ record: DataRecord; unitName: string }[]>;

/** A text cell Excel would run as a formula gets a leading ': a resident's note, or a form's label, is never code. */
const safe = (cell: string | number) => (typeof cell === 'string' ? csvText(cell) : cell);

/**
 * The export as a stream, written batch by batch so memory stays flat however many rows (up to the route's limit).
 * CSV: UTF-8 with a BOM and CRLF, which Excel in China opens with the Chinese intact. XLSX: one sheet, frozen header.
 */
export function writeRecordsFile(format: 'csv' | 'xlsx', sheetName: string, columns: ExportColumn[], batches: RecordBatches): Readable {
  const out = new PassThrough();
  const fail = (error: unknown) => out.destroy(error as Error);
  if (format === 'csv') {
    out.write(Buffer.from([0xef, 0xbb, 0xbf]));
    const csv = stringify({ record_delimiter: '\r\n' });
    csv.pipe(out);
    void (async () => {
      // The headers too: they are the form's labels (or a schema's titles), which a developer or a maker wrote.
      csv.write(columns.map((c) => csvText(c.header)));
      for await (const batch of batches) {
        for (const { record, unitName } of batch) {
          if (!csv.write(columns.map((c) => safe(c.cell(record, unitName))))) await new Promise((resolve) => csv.once('drain', resolve));
        }
      }
      csv.end();
    })().catch(fail);
    return out;
  }
  void (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    workbook.creator = 'Toolbox';
    // Excel refuses sheet names over 31 characters or with []:*?/\.
    const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    for await (const batch of batches) {
      for (const { record, unitName } of batch) sheet.addRow(columns.map((c) => safe(c.cell(record, unitName)))).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch(fail);
  return out;
}
