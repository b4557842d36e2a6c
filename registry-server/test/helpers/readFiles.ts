// Files the registry sends, read back as a person's tools would: an export's workbook (exceljs) and a ZIP (yauzl).
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';

/** The rows of an .xlsx's first sheet, each as its cells' values from column A. */
export async function readXlsx(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** One entry of a ZIP as read back. */
export interface ZipEntry {
  name: string;
  /** General purpose bit 11: the name is UTF-8. */
  utf8: boolean;
  compressed: boolean;
  bytes: Buffer;
  /** The entry's DOS date and time as written, `2026-12-06 21:30:08`: a wall clock with no zone (what Windows shows). */
  dosTime: string;
  /** The ids of its extra fields (0x5455: Info-ZIP's universal timestamp). */
  extraFields: number[];
}

const two = (n: number) => String(n).padStart(2, '0');
function dosTime(date: number, time: number): string {
  return `${(date >> 9) + 1980}-${two((date >> 5) & 15)}-${two(date & 31)} ${two(time >> 11)}:${two((time >> 5) & 63)}:${two((time & 31) * 2)}`;
}

/** The entries of the ZIP `body`, in their order, read with yauzl (sizes checked against the directory). */
export function readZip(body: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(body, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const entries: ZipEntry[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.push({
              name: entry.fileName,
              utf8: (entry.generalPurposeBitFlag & 0x800) !== 0,
              compressed: entry.compressionMethod !== 0,
              bytes: Buffer.concat(chunks),
              dosTime: dosTime(entry.lastModFileDate, entry.lastModFileTime),
              extraFields: entry.extraFields.map((f) => f.id),
            });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
