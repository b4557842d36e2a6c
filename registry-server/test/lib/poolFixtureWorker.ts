// A worker for workerPool.test.ts: keeps its thread busy for a while, grows its heap without end, or stops.
import { parentPort, threadId } from 'node:worker_threads';

export type FixtureJob = { kind: 'busy'; ms: number } | { kind: 'hog' } | { kind: 'exit' };

parentPort!.on('message', (job: FixtureJob) => {
  if (job.kind === 'exit') process.exit(3);
  if (job.kind === 'hog') {
    const kept: number[][] = [];
    for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => i * 1.5));
  }
  const start = Date.now();
  while (Date.now() - start < job.ms) {
    // The thread's own CPU, as a spreadsheet's parse keeps it.
  }
  parentPort!.postMessage({ start, end: Date.now(), threadId });
});
