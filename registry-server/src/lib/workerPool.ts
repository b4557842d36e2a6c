import { Worker, type TransferListItem } from 'node:worker_threads';

// Worker threads for work a user's upload sets off (unpacking an archive, reading a spreadsheet): CPU work that must
// not hold the server's event loop, with a cap on its memory (V8's old generation of the thread) and on its time (the
// thread is terminated). Node has the threads but no pool with both caps and a queue; the few we need are here.

/** How a job on a thread ended. */
export type WorkerRun<T> =
  | { kind: 'done'; outcome: T }
  /** The thread needed more than the pool's memory cap. */
  | { kind: 'memory' }
  /** The job took longer than its time cap; the thread was terminated. */
  | { kind: 'timeout' }
  /** The thread failed or stopped otherwise. */
  | { kind: 'crashed'; message: string };

export interface WorkerPoolOptions {
  /** The worker's module, without its ending: `.ts` beside this source (through tsx), `.js` once compiled. */
  module: URL;
  memoryMb: number;
  /** Threads at work at once; further jobs wait their turn (their time cap starts on a thread). */
  maxThreads: number;
}

export interface RunOptions<T> {
  timeoutMs: number;
  /** What to move to the thread instead of copying. */
  transfer?: TransferListItem[];
  /**
   * Whether the thread may take another job after this outcome (else it is terminated before `run` settles, so that
   * nothing it still does lands after the caller has moved on). Default: yes.
   */
  reuse?(outcome: T): boolean;
}

export interface WorkerPool {
  /** Posts `job` to a thread and resolves with how it ended; never rejects. */
  run<T>(job: unknown, options: RunOptions<T>): Promise<WorkerRun<T>>;
}

// From source (tsx) the worker is a .ts file that a fresh thread cannot load by itself: it registers tsx first.
const fromSource = import.meta.url.endsWith('.ts');

function startWorker(module: URL, memoryMb: number): Worker {
  const url = new URL(`${module.href}.${fromSource ? 'ts' : 'js'}`);
  const options = { resourceLimits: { maxOldGenerationSizeMb: memoryMb } };
  if (!fromSource) return new Worker(url, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

export function createWorkerPool({ module, memoryMb, maxThreads }: WorkerPoolOptions): WorkerPool {
  // A thread that finished a job cleanly is kept (one at most, not holding the process open) for the next job:
  // starting one costs more than most jobs. A thread that failed or overstayed is terminated instead.
  let idle: Worker | undefined;
  // The same thread is kept again and again: its exit is watched once, not once per job (that leaked a listener a job).
  const watched = new WeakSet<Worker>();
  let busy = 0;
  const waiting: (() => void)[] = [];

  const take = (): Worker => {
    const worker = idle ?? startWorker(module, memoryMb);
    idle = undefined;
    worker.ref();
    return worker;
  };

  const keep = (worker: Worker): void => {
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
  };

  const runOn = <T>(worker: Worker, job: unknown, { timeoutMs, transfer, reuse }: RunOptions<T>) =>
    new Promise<WorkerRun<T>>((resolve) => {
      // Terminated before settling, so that no write of the thread lands after the caller has moved on.
      const end = (run: WorkerRun<T>) => void worker.terminate().finally(() => resolve(run));
      const onMessage = (outcome: T) => {
        finish();
        if (reuse?.(outcome) === false) return end({ kind: 'done', outcome });
        keep(worker);
        resolve({ kind: 'done', outcome });
      };
      const onError = (error: Error & { code?: string }) => {
        finish();
        end(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory' } : { kind: 'crashed', message: error.message });
      };
      const onExit = (code: number) => {
        finish();
        resolve({ kind: 'crashed', message: `the thread stopped (${code})` });
      };
      const timer = setTimeout(() => {
        finish();
        end({ kind: 'timeout' });
      }, timeoutMs);
      // One list for attaching and detaching, so a listener is never left on a thread that is kept for the next job.
      const listeners = { message: onMessage, error: onError, exit: onExit };
      function finish() {
        clearTimeout(timer);
        for (const [event, listener] of Object.entries(listeners)) worker.off(event, listener);
      }
      for (const [event, listener] of Object.entries(listeners)) worker.on(event, listener);
      worker.postMessage(job, transfer);
    });

  return {
    async run(job, options) {
      // A job that waited is handed the slot of the job that ends: the count never passes maxThreads.
      if (busy >= maxThreads) await new Promise<void>((resolve) => waiting.push(resolve));
      else busy += 1;
      try {
        return await runOn(take(), job, options);
      } finally {
        const next = waiting.shift();
        if (next) next();
        else busy -= 1;
      }
    },
  };
}
