import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import * as tar from 'tar';
import type yauzl from 'yauzl';
import { Errors } from '../errors.ts';
import { checkEntryPath } from './archivePath.ts';
import { openZip, zipEntryKind, zipEntryName, type ArchiveFormat } from './inspectArchive.ts';

/** Unpacks an archive that `inspectArchive` accepted into `dir` (a fresh temp directory). */
export async function extractArchive(file: string, format: ArchiveFormat, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  try {
    if (format === 'tgz') {
      await tar.x({ file, cwd: dir, strict: true, preserveOwner: false, noChmod: true, filter: (_p, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'OldFile' || entry.type === 'ContiguousFile' || entry.type === 'Directory') });
    } else {
      await extractZip(file, dir);
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('TOOLBOX_')) throw error;
    throw new Errors.ARCHIVE_INVALID(`cannot unpack: ${(error as Error).message}`);
  }
}

async function extractZip(file: string, dir: string): Promise<void> {
  const zip = await openZip(file);
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      zip.close();
      reject(error);
    };
    zip.on('entry', (entry: yauzl.Entry) => {
      const checked = checkEntryPath(zipEntryName(entry));
      if ('unsafe' in checked || zipEntryKind(entry) !== 'file') {
        zip.readEntry();
        return;
      }
      const target = join(dir, checked.path);
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return fail(err ?? new Error('no stream'));
        mkdir(dirname(target), { recursive: true })
          .then(() => pipeline(stream as Readable, createWriteStream(target)))
          .then(() => zip.readEntry(), fail);
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', fail);
    zip.readEntry();
  });
}
