// The worker thread that reads spreadsheet uploads (see readSheetFile.ts): parsing a workbook is CPU work that must
// not hold the server's event loop, and a thread can be capped in memory and terminated when it overstays its time.
// It takes one job at a time, and the next after it.
import { parentPort } from 'node:worker_threads';
import { readSheetBytes } from './readSheetBytes.ts';
import type { SheetJob, SheetOutcome } from './readSheetFile.ts';

/** A refusal of the reading, carried back by kind: its error classes live on the server's side. */
class Refusal extends Error {
  constructor(readonly kind: 'invalid' | 'tooLarge', message: string) {
    super(message);
  }
}

async function run({ bytes, reading, lang }: SheetJob): Promise<{ outcome: SheetOutcome; transfer: ArrayBuffer[] }> {
  const rules = { ...reading, invalid: (m: string) => new Refusal('invalid', m), tooLarge: (m: string) => new Refusal('tooLarge', m) };
  try {
    const { images, ...table } = await readSheetBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), rules, lang);
    if (!images) return { outcome: { ok: true, table }, transfer: [] };
    // Each picture in a buffer of its own, moved rather than copied (a small Buffer may share Node's pool).
    const moved = images.map((image) => ({ ...image, bytes: new Uint8Array(image.bytes) }));
    return { outcome: { ok: true, table: { ...table, images: moved } }, transfer: moved.map((image) => image.bytes.buffer as ArrayBuffer) };
  } catch (error) {
    if (error instanceof Refusal) return { outcome: { ok: false, refusal: error.kind, message: error.message }, transfer: [] };
    return { outcome: { ok: false, refusal: 'error', message: error instanceof Error ? error.message : String(error) }, transfer: [] };
  }
}

parentPort!.on('message', (job: SheetJob) => {
  void run(job).then(({ outcome, transfer }) => parentPort!.postMessage(outcome, transfer));
});
