import type { Limits } from '../options.ts';
import { createWorkerPool, type WorkerPool } from '../lib/workerPool.ts';
import { checkSheetSize } from './readSheetBytes.ts';
import type { SheetReading, SheetShape, SheetTable } from './SheetTable.ts';
import { type SheetLang, sheetText } from './sheetText.ts';

/** What the reading thread is sent: the file (a copy of its own), how to read it, and the language of refusals. */
export interface SheetJob {
  bytes: Uint8Array;
  reading: SheetShape;
  lang: SheetLang;
}

/**
 * How the thread's reading ended: the table (its pictures' bytes as Uint8Arrays, moved rather than copied), a refusal
 * of the reading's own (`invalid`, `tooLarge`), or an error the readers did not expect.
 */
export type SheetOutcome =
  | { ok: true; table: Omit<SheetTable, 'images'> & { images?: { line: number; column: number; bytes: Uint8Array }[] } }
  | { ok: false; refusal: 'invalid' | 'tooLarge' | 'error'; message: string };

// A pool per memory cap (the server's Limits; a test sets its own): reading an .xlsx builds an object for every cell,
// about 700 bytes each in ExcelJS, so a file within the row, column and byte limits can still need a gigabyte. Two
// threads at most, like the cores of a small server: further uploads wait their turn.
const pools = new Map<number, WorkerPool>();
const poolFor = (memoryMb: number): WorkerPool => {
  let pool = pools.get(memoryMb);
  if (!pool) {
    pool = createWorkerPool({ module: new URL('./sheetWorker', import.meta.url), memoryMb, maxThreads: 2 });
    pools.set(memoryMb, pool);
  }
  return pool;
};

/**
 * Reads a spreadsheet upload (readSheetBytes.ts) on a worker thread: the server's event loop keeps answering everyone
 * else meanwhile, and a file that needs more than `sheetMemoryMb` of memory or `sheetTimeoutMs` of time is refused as
 * too large (the reading's own code) instead of holding the server. Refusals are worded in `lang`.
 */
export async function readSheetFile(
  bytes: Buffer,
  reading: SheetReading,
  lang: SheetLang,
  limits: Pick<Limits, 'sheetMemoryMb' | 'sheetTimeoutMs'>,
): Promise<SheetTable> {
  const say = sheetText(lang);
  // Refused here, before a thread is asked: the common mistakes cost no thread.
  checkSheetSize(bytes, reading, say);
  const { limits: sheetLimits, sheetNames, headerExample } = reading;
  // A copy of its own, moved to the thread: the upload's Buffer may be a view of a larger one.
  const copy = new Uint8Array(bytes);
  const job: SheetJob = { bytes: copy, reading: { limits: sheetLimits, sheetNames, headerExample }, lang };
  const run = await poolFor(limits.sheetMemoryMb).run<SheetOutcome>(job, { timeoutMs: limits.sheetTimeoutMs, transfer: [copy.buffer] });
  if (run.kind === 'memory') throw reading.tooLarge(say.readNeedsTooMuchMemory(limits.sheetMemoryMb));
  if (run.kind === 'timeout') throw reading.tooLarge(say.readTooLong(limits.sheetTimeoutMs));
  if (run.kind === 'crashed') throw new Error(`reading the spreadsheet: ${run.message}`);
  const { outcome } = run;
  if (!outcome.ok) {
    if (outcome.refusal === 'error') throw new Error(`reading the spreadsheet: ${outcome.message}`);
    throw reading[outcome.refusal](outcome.message);
  }
  const { images, ...table } = outcome.table;
  if (!images) return table;
  return { ...table, images: images.map((image) => ({ ...image, bytes: Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength) })) };
}
