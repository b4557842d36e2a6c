// The worker thread that unpacks uploads (see unpackArchive.ts): decompression and parsing are CPU work that must
// not hold the server's event loop, and a thread can be terminated when it overstays its time. It takes one job at a
// time; after a job that succeeded it may be given the next one.
import { parentPort } from 'node:worker_threads';
import type { ArchiveJob, ArchiveOutcome } from './unpackArchive.ts';
import { unpackFailure } from './unpackFailure.ts';
import { unpackTgz } from './unpackTgz.ts';
import { unpackZip } from './unpackZip.ts';

async function run(job: ArchiveJob): Promise<ArchiveOutcome> {
  try {
    const files = job.format === 'tgz' ? await unpackTgz(job.file, job.dir, job.budget) : await unpackZip(job.file, job.dir, job.budget);
    return { ok: true, files: [...files] };
  } catch (error) {
    const refusal = unpackFailure(error) as Error & { code: string };
    return { ok: false, code: refusal.code, message: refusal.message };
  }
}

parentPort!.on('message', (job: ArchiveJob) => {
  void run(job).then((outcome) => parentPort!.postMessage(outcome));
});
