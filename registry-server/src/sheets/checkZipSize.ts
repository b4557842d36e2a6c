import yauzl from 'yauzl';
import type { SheetReading } from './SheetTable.ts';
import { type SheetText, sheetText } from './sheetText.ts';

/**
 * Refuses an .xlsx whose parts would unpack to more than `maxBytes` (a zip bomb) or hold more than 2,000 parts, from
 * the sizes its central directory declares, before the workbook is read. The reader inflates with those sizes as a
 * bound, so a part that lies about its size fails to read rather than growing without limit.
 */
export function checkZipSize(bytes: Buffer, maxBytes: number, reading: Pick<SheetReading, 'invalid' | 'tooLarge'>, say: SheetText = sheetText()): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(reading.invalid(say.xlsxUnreadable(err?.message ?? 'no zip')));
      let total = 0;
      let parts = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        parts += 1;
        if (total > maxBytes || parts > 2000) {
          zip.close();
          return reject(reading.tooLarge(say.unpacksTooLarge(maxBytes)));
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (e: Error) => reject(reading.invalid(say.xlsxUnreadable(e.message))));
      zip.readEntry();
    });
  });
}
