// The worker threads that uploads are unpacked and read on (src/lib/workerPool.ts): at most maxThreads at work, the
// rest queued; a job past its time or memory cap ends with its thread terminated, and the pool goes on.
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../src/lib/workerPool.ts';
import type { FixtureJob } from './poolFixtureWorker.ts';

const module = new URL('./poolFixtureWorker', import.meta.url);
type Busy = { start: number; end: number; threadId: number };

describe('createWorkerPool', () => {
  it('runs at most maxThreads jobs at once and queues the rest; their time cap starts on a thread', async () => {
    const pool = createWorkerPool({ module, memoryMb: 64, maxThreads: 2 });
    // Each job keeps its thread 400 ms; the cap of 3 s would pass for a queued job if it counted its wait.
    const runs = await Promise.all(Array.from({ length: 5 }, () => pool.run<Busy>({ kind: 'busy', ms: 400 } satisfies FixtureJob, { timeoutMs: 3_000 })));
    const done = runs.map((run) => (run.kind === 'done' ? run.outcome : undefined));
    expect(done.every(Boolean), JSON.stringify(runs)).toBe(true);
    const spans = done.map((d) => d!);
    // At any job's start, how many jobs were at work (itself included).
    const overlap = Math.max(...spans.map((s) => spans.filter((o) => o.start <= s.start && s.start < o.end).length));
    expect(overlap).toBeLessThanOrEqual(2);
    // A thread that finished cleanly is kept for the next job: five jobs did not need five threads.
    expect(new Set(spans.map((s) => s.threadId)).size).toBeLessThan(5);
  });

  it('ends a job past its time cap, its memory cap, or whose thread stops, and then runs the next job', async () => {
    const pool = createWorkerPool({ module, memoryMb: 32, maxThreads: 1 });
    expect(await pool.run({ kind: 'busy', ms: 10_000 } satisfies FixtureJob, { timeoutMs: 300 })).toEqual({ kind: 'timeout' });
    expect(await pool.run({ kind: 'hog' } satisfies FixtureJob, { timeoutMs: 30_000 })).toEqual({ kind: 'memory' });
    expect(await pool.run({ kind: 'exit' } satisfies FixtureJob, { timeoutMs: 30_000 })).toEqual({ kind: 'crashed', message: 'the thread stopped (3)' });
    const next = await pool.run<Busy>({ kind: 'busy', ms: 1 } satisfies FixtureJob, { timeoutMs: 30_000 });
    expect(next.kind).toBe('done');
  });

  it('terminates a thread whose outcome the caller will not reuse: the next job gets a fresh one', async () => {
    const pool = createWorkerPool({ module, memoryMb: 64, maxThreads: 1 });
    const first = await pool.run<Busy>({ kind: 'busy', ms: 1 } satisfies FixtureJob, { timeoutMs: 30_000, reuse: () => false });
    const second = await pool.run<Busy>({ kind: 'busy', ms: 1 } satisfies FixtureJob, { timeoutMs: 30_000 });
    const third = await pool.run<Busy>({ kind: 'busy', ms: 1 } satisfies FixtureJob, { timeoutMs: 30_000 });
    const ids = [first, second, third].map((run) => (run.kind === 'done' ? run.outcome.threadId : -1));
    expect(ids[1]).not.toBe(ids[0]);
    expect(ids[2]).toBe(ids[1]);
  });
});
