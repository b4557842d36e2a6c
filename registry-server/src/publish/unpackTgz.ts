import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { Errors } from '../errors.ts';
import { ArchiveTally, type ArchiveBudget, type EntryKind } from './ArchiveTally.ts';
import { TarGuard } from './TarGuard.ts';
import { unpackFailure } from './unpackFailure.ts';
import { writeEntryFile, type StoredFile } from './writeEntryFile.ts';

function tarKind(type: string): EntryKind {
  if (type === 'File' || type === 'OldFile' || type === 'ContiguousFile') return 'file';
  if (type === 'Directory') return 'directory';
  if (type === 'SymbolicLink' || type === 'Link') return 'link';
  return 'other';
}

/** Streams a .tgz into `dir` in one pass, each entry judged at its header; stops at the first limit. */
export async function unpackTgz(file: string, dir: string, budget: ArchiveBudget): Promise<Map<string, StoredFile>> {
  const tally = new ArchiveTally(budget);
  const stored = new Map<string, StoredFile>();
  const writes: Promise<unknown>[] = [];
  const source = createReadStream(file);
  const gunzip = createGunzip();
  const guard = new TarGuard(budget);
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      source.destroy();
      gunzip.destroy();
      guard.destroy();
      reject(error);
    };
    const parser = new Parser({
      strict: true,
      ondone: () => {
        Promise.all(writes).then(() => resolve(), fail);
      },
    });
    parser.on('entry', (entry: ReadEntry) => {
      if (failed) return entry.resume();
      try {
        const path = tally.admit(entry.path, tarKind(entry.type), entry.size ?? 0);
        if (path === null) {
          entry.resume();
          return;
        }
        writes.push(
          writeEntryFile(entry, join(dir, path))
            .then((file) => stored.set(path, file))
            .catch((error) => fail(unpackFailure(error, path))),
        );
      } catch (error) {
        entry.resume();
        fail(error);
      }
    });
    parser.on('error', (error: Error) => fail(new Errors.ARCHIVE_INVALID(`cannot read the .tgz: ${error.message}`)));
    source.on('error', fail);
    gunzip.on('error', (error) => fail(new Errors.ARCHIVE_INVALID(`cannot read the .tgz: ${error.message}`)));
    guard.on('error', fail);
    source.pipe(gunzip).pipe(guard).pipe(parser);
  });
  // Folders are made as files need them; an empty folder in the archive is not worth keeping.
  await mkdir(dir, { recursive: true });
  return stored;
}
