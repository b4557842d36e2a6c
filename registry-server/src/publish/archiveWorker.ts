// The worker thread that unpacks an upload (see unpackArchive.ts): decompression and parsing are CPU work that must
// not hold the server's event loop, and a thread can be terminated when it overstays its time.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArchiveJob, ArchiveOutcome } from './unpackArchive.ts';
import { unpackTgz } from './unpackTgz.ts';
import { unpackZip } from './unpackZip.ts';

const job = workerData as ArchiveJob;
let outcome: ArchiveOutcome;
try {
  const files = job.format === 'tgz' ? await unpackTgz(job.file, job.dir, job.budget) : await unpackZip(job.file, job.dir, job.budget);
  outcome = { ok: true, files: [...files] };
} catch (error) {
  const { code, message } = error as { code?: unknown; message?: string };
  outcome =
    typeof code === 'string' && code.startsWith('TOOLBOX_')
      ? { ok: false, code, message: message ?? code }
      : { ok: false, code: 'TOOLBOX_ARCHIVE_INVALID', message: `bundle: cannot unpack: ${message ?? String(error)}` };
}
parentPort!.postMessage(outcome);
