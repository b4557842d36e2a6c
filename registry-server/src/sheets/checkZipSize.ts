import yauzl from 'yauzl';
import { Errors } from '../errors.ts';

/**
 * Refuses an .xlsx whose parts would unpack to more than `maxBytes` (a zip bomb) or hold more than 2,000 parts, from
 * the sizes its central directory declares, before the workbook is read. The reader inflates with those sizes as a
 * bound, so a part that lies about its size fails to read rather than growing without limit.
 */
export function checkZipSize(bytes: Buffer, maxBytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(new Errors.ROSTER_FILE_INVALID(`the .xlsx is not a readable workbook (${err?.message ?? 'no zip'})`));
      let total = 0;
      let parts = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        parts += 1;
        if (total > maxBytes || parts > 2000) {
          zip.close();
          return reject(new Errors.ROSTER_TOO_LARGE(`the .xlsx unpacks to more than ${Math.round(maxBytes / 1024 / 1024)} MiB; save a smaller roster`));
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (e: Error) => reject(new Errors.ROSTER_FILE_INVALID(`the .xlsx is not a readable workbook (${e.message})`)));
      zip.readEntry();
    });
  });
}
