import { open, stat } from 'node:fs/promises';
import { Errors } from '../errors.ts';
import { createWorkerPool } from '../lib/workerPool.ts';
import type { Limits } from '../options.ts';
import type { ArchiveBudget } from './ArchiveTally.ts';
import type { StoredFile } from './writeEntryFile.ts';

export type ArchiveFormat = 'tgz' | 'zip';

export interface ArchiveJob {
  file: string;
  dir: string;
  format: ArchiveFormat;
  budget: ArchiveBudget;
}

export type ArchiveOutcome = { ok: true; files: [string, StoredFile][] } | { ok: false; code: string; message: string };

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

/** The byte budget of an upload: a multiple of its size, with a floor and a ceiling (Limits). */
export function archiveBudget(uploadBytes: number, limits: Limits): ArchiveBudget {
  const maxBytes = Math.min(limits.maxUnpackedBytes, Math.max(limits.minUnpackedBytes, uploadBytes * limits.unpackedPerUploadByte));
  const rule = `${limits.unpackedPerUploadByte} × the ${uploadBytes}-byte upload, at least ${limits.minUnpackedBytes}, at most ${limits.maxUnpackedBytes}`;
  return { maxBytes, maxEntries: limits.maxEntries, rule };
}

/** Rebuilds an error of the catalogue that the worker reported by code. */
function toError(code: string, message: string): Error {
  const Known = Object.values(Errors).find((E) => new E().code === code) ?? Errors.ARCHIVE_INVALID;
  const error = new Known();
  error.message = message;
  return error;
}

const MEMORY_MB = 128;
const pool = createWorkerPool({ module: new URL('./archiveWorker', import.meta.url), memoryMb: MEMORY_MB, maxThreads: 2 });

/**
 * Unpacks an uploaded archive into `dir` (inside the publish's staging folder) on a worker thread, stopping at the
 * first limit; after `limits.archiveTimeoutMs` the thread is terminated. Returns every file → sha256 and size. On
 * refusal `dir` may hold part of the archive: the caller removes the staging folder.
 */
export async function unpackArchive(file: string, dir: string, limits: Limits): Promise<Map<string, StoredFile>> {
  const format = await sniffFormat(file);
  const budget = archiveBudget((await stat(file)).size, limits);
  // A refusal is reported while the thread may still have writes in flight: it is stopped before the caller clears
  // the staging folder, or a late write would land in (or re-create) it.
  const run = await pool.run<ArchiveOutcome>({ file, dir, format, budget } satisfies ArchiveJob, { timeoutMs: limits.archiveTimeoutMs, reuse: (o) => o.ok });
  if (run.kind === 'memory') throw new Errors.ARCHIVE_TOO_LARGE(`unpacking it needs more than ${MEMORY_MB} MB of memory`);
  if (run.kind === 'timeout') throw new Errors.ARCHIVE_TIMEOUT(limits.archiveTimeoutMs);
  // A crash's message may name the server's paths: the client is told only that it happened.
  if (run.kind === 'crashed') throw new Errors.ARCHIVE_INVALID('cannot unpack it (the unpacking thread stopped)');
  const { outcome } = run;
  if (!outcome.ok) throw toError(outcome.code, outcome.message);
  return new Map(outcome.files);
}
