import { open, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { Errors } from '../errors.ts';
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

// From source (tsx) the worker is a .ts file that a fresh thread cannot load by itself: it registers tsx first.
// Compiled, it is plain .js next to this file.
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(`./archiveWorker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
const MEMORY_MB = 128;

function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB } };
  if (!fromSource) return new Worker(workerUrl, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

// A thread that finished a job cleanly is kept (one at most, not holding the process open) for the next publish:
// starting one costs more than most unpacks. A thread that refused, failed or overstayed is terminated instead.
let idle: Worker | undefined;
// The same thread is kept again and again: its exit is watched once, not once per job (that leaked a listener a publish).
const watched = new WeakSet<Worker>();

function takeWorker(): Worker {
  const worker = idle ?? startWorker();
  idle = undefined;
  worker.ref();
  return worker;
}

function keep(worker: Worker): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle = worker;
  if (watched.has(worker)) return;
  watched.add(worker);
  worker.once('exit', () => {
    if (idle === worker) idle = undefined;
  });
}

/**
 * Unpacks an uploaded archive into `dir` (inside the publish's staging folder) on a worker thread, stopping at the
 * first limit; after `limits.archiveTimeoutMs` the thread is terminated. Returns every file → sha256 and size. On
 * refusal `dir` may hold part of the archive: the caller removes the staging folder.
 */
export async function unpackArchive(file: string, dir: string, limits: Limits): Promise<Map<string, StoredFile>> {
  const format = await sniffFormat(file);
  const budget = archiveBudget((await stat(file)).size, limits);
  const worker = takeWorker();
  const outcome = await new Promise<ArchiveOutcome>((resolve, reject) => {
    const onMessage = (message: ArchiveOutcome) => {
      finish();
      if (message.ok) {
        keep(worker);
        resolve(message);
      } else {
        // A refusal is reported while the thread may still have writes in flight: it is stopped before the caller
        // clears the staging folder, or a late write would land in (or re-create) it.
        void worker.terminate().finally(() => resolve(message));
      }
    };
    const onError = (error: Error & { code?: string }) => {
      finish();
      void worker.terminate();
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new Errors.ARCHIVE_TOO_LARGE(`unpacking it needs more than ${MEMORY_MB} MB of memory`));
      else reject(new Errors.ARCHIVE_INVALID(`cannot unpack: ${error.message}`));
    };
    const onExit = (code: number) => {
      finish();
      reject(new Errors.ARCHIVE_INVALID(`cannot unpack: the unpacking thread stopped (${code})`));
    };
    // Terminated before the refusal is reported, so no write of the thread lands after the caller clears the staging.
    const timer = setTimeout(() => {
      finish();
      void worker.terminate().finally(() => reject(new Errors.ARCHIVE_TIMEOUT(limits.archiveTimeoutMs)));
    }, limits.archiveTimeoutMs);
    // One list for attaching and detaching, so a listener is never left on a thread that is kept for the next archive.
    const listeners = { message: onMessage, error: onError, exit: onExit };
    function finish() {
      clearTimeout(timer);
      for (const [event, listener] of Object.entries(listeners)) worker.off(event, listener);
    }
    for (const [event, listener] of Object.entries(listeners)) worker.on(event, listener);
    worker.postMessage({ file, dir, format, budget } satisfies ArchiveJob);
  });
  if (!outcome.ok) throw toError(outcome.code, outcome.message);
  return new Map(outcome.files);
}
