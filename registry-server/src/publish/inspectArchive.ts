import { open } from 'node:fs/promises';
import * as tar from 'tar';
import yauzl from 'yauzl';
import { Errors } from '../errors.ts';
import type { Limits } from '../options.ts';
import { checkEntryPath } from './archivePath.ts';

export type ArchiveFormat = 'tgz' | 'zip';

export interface ArchiveListing {
  format: ArchiveFormat;
  /** Normalized paths of the regular files. */
  files: string[];
  totalBytes: number;
}

/** Tells the format from the first bytes, whatever the upload was called. */
export async function sniffFormat(file: string): Promise<ArchiveFormat> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    if (bytesRead >= 2 && buffer[0] === 0x1f && buffer[1] === 0x8b) return 'tgz';
    if (bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50) return 'zip';
  } finally {
    await handle.close();
  }
  throw new Errors.ARCHIVE_INVALID('not a .tgz or .zip archive');
}

class Tally {
  files: string[] = [];
  totalBytes = 0;
  constructor(private readonly limits: Limits) {}

  add(rawPath: string, kind: 'file' | 'directory' | 'link' | 'other', size: number): void {
    const checked = checkEntryPath(rawPath);
    if ('unsafe' in checked) throw new Errors.ARCHIVE_UNSAFE(rawPath, checked.unsafe);
    if (kind === 'link') throw new Errors.ARCHIVE_UNSAFE(rawPath, 'links are not allowed');
    if (kind === 'other') throw new Errors.ARCHIVE_UNSAFE(rawPath, 'only files and directories are allowed');
    if (kind === 'directory') return;
    this.files.push(checked.path);
    this.totalBytes += size;
    if (this.files.length > this.limits.maxFiles) {
      throw new Errors.ARCHIVE_TOO_LARGE(`more than ${this.limits.maxFiles} files`);
    }
    if (this.totalBytes > this.limits.maxUnpackedBytes) {
      throw new Errors.ARCHIVE_TOO_LARGE(`more than ${this.limits.maxUnpackedBytes} bytes unpacked`);
    }
  }
}

function tarKind(type: string): 'file' | 'directory' | 'link' | 'other' {
  if (type === 'File' || type === 'OldFile' || type === 'ContiguousFile') return 'file';
  if (type === 'Directory') return 'directory';
  if (type === 'SymbolicLink' || type === 'Link') return 'link';
  return 'other';
}

async function listTgz(file: string, tally: Tally): Promise<void> {
  let failure: unknown;
  try {
    await tar.t({
      file,
      strict: true,
      onReadEntry: (entry) => {
        if (failure) return entry.resume();
        try {
          tally.add(entry.path, tarKind(entry.type), entry.size ?? 0);
        } catch (error) {
          failure = error;
        }
        entry.resume();
      },
    });
  } catch (error) {
    if (failure) throw failure;
    throw new Errors.ARCHIVE_INVALID(`cannot read the .tgz: ${(error as Error).message}`);
  }
  if (failure) throw failure;
}

/** Opens a zip lazily; entry names stay raw bytes so that we, not yauzl, judge them. */
export function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: true }, (err, zip) =>
      err || !zip ? reject(new Errors.ARCHIVE_INVALID(`cannot read the .zip: ${err?.message ?? 'unknown error'}`)) : resolve(zip),
    ),
  );
}

export function zipEntryName(entry: yauzl.Entry): string {
  return Buffer.isBuffer(entry.fileName) ? entry.fileName.toString('utf8') : String(entry.fileName);
}

export function zipEntryKind(entry: yauzl.Entry): 'file' | 'directory' | 'link' | 'other' {
  const name = zipEntryName(entry);
  const unixType = (entry.externalFileAttributes >>> 16) & 0o170000;
  if (unixType === 0o120000) return 'link';
  if (name.endsWith('/') || unixType === 0o040000) return 'directory';
  if (unixType === 0 || unixType === 0o100000) return 'file';
  return 'other';
}

async function listZip(file: string, tally: Tally): Promise<void> {
  const zip = await openZip(file);
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        tally.add(zipEntryName(entry), zipEntryKind(entry), entry.uncompressedSize);
        zip.readEntry();
      } catch (error) {
        zip.close();
        reject(error);
      }
    });
    zip.on('end', () => resolve());
    zip.on('error', (err: Error) => reject(new Errors.ARCHIVE_INVALID(`cannot read the .zip: ${err.message}`)));
    zip.readEntry();
  });
}

/** Reads every entry header and rejects the archive before a single file is written. */
export async function inspectArchive(file: string, limits: Limits): Promise<ArchiveListing> {
  const format = await sniffFormat(file);
  const tally = new Tally(limits);
  if (format === 'tgz') await listTgz(file, tally);
  else await listZip(file, tally);
  return { format, files: tally.files, totalBytes: tally.totalBytes };
}
