import { join } from 'node:path';
import yauzl from 'yauzl';
import { Errors } from '../errors.ts';
import { ArchiveTally, type ArchiveBudget, type EntryKind } from './ArchiveTally.ts';
import { unpackFailure } from './unpackFailure.ts';
import { writeEntryFile, type StoredFile } from './writeEntryFile.ts';

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // Names stay raw bytes so that we, not yauzl, judge them; yauzl checks each entry's real size against its header.
    yauzl.open(file, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: true }, (err, zip) =>
      err || !zip ? reject(new Errors.ARCHIVE_INVALID(`cannot read the .zip: ${err?.message ?? 'unknown error'}`)) : resolve(zip),
    ),
  );
}

function entryName(entry: yauzl.Entry): string {
  return Buffer.isBuffer(entry.fileName) ? entry.fileName.toString('utf8') : String(entry.fileName);
}

function zipKind(entry: yauzl.Entry): EntryKind {
  const name = entryName(entry);
  const unixType = (entry.externalFileAttributes >>> 16) & 0o170000;
  if (unixType === 0o120000) return 'link';
  if (name.endsWith('/') || unixType === 0o040000) return 'directory';
  if (unixType === 0 || unixType === 0o100000) return 'file';
  return 'other';
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(err ?? new Error('no stream')) : resolve(stream))),
  );
}

/**
 * Unpacks a .zip into `dir`, one entry at a time. The central directory gives the entry count and every declared
 * size up front, and yauzl refuses an entry whose bytes differ from its declared size, so overlapping-entry bombs
 * are stopped by the byte budget before they inflate.
 */
export async function unpackZip(file: string, dir: string, budget: ArchiveBudget): Promise<Map<string, StoredFile>> {
  const zip = await openZip(file);
  const tally = new ArchiveTally(budget);
  const stored = new Map<string, StoredFile>();
  try {
    if (zip.entryCount > budget.maxEntries) {
      throw new Errors.ARCHIVE_TOO_LARGE(`more than ${budget.maxEntries} entries (files, folders and links all count): it has ${zip.entryCount}`);
    }
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        void (async () => {
          const path = tally.admit(entryName(entry), zipKind(entry), entry.uncompressedSize);
          if (path !== null) {
            const file = await openEntry(zip, entry)
              .then((stream) => writeEntryFile(stream, join(dir, path)))
              .catch((error: unknown) => {
                throw unpackFailure(error, path);
              });
            stored.set(path, file);
          }
          zip.readEntry();
        })().catch(reject);
      });
      zip.on('end', () => resolve());
      zip.on('error', (err: Error) => reject(new Errors.ARCHIVE_INVALID(`cannot read the .zip: ${err.message}`)));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return stored;
}
