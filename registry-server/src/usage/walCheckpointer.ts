/*
 * Checkpoints a SQLite WAL mostly from a worker thread, so that the event loop seldom waits on them (issue 5,
 * ingestion).
 *
 * Why: in WAL mode SQLite checkpoints inside the commit that pushes the WAL past 1000 pages. That commit then copies
 * the WAL's pages into the database file and fsyncs both, on the thread that committed. For usage ingestion, whose raw
 * rows have random uuid keys and dirty many index pages per flush, that was about 40% of a flush's time (11 of 27 µs
 * an event), all of it blocking every request of the instance.
 *
 * How: while this checkpointer runs, the server's connection has `wal_autocheckpoint = 0`. After every 10,000 usage
 * rows or so (and every second, for the other writes), a second connection, in a worker, runs PASSIVE checkpoints:
 * they copy pages without blocking the writer or any reader. Checkpointing less often than SQLite would also copies
 * less: the uuid index's pages are rewritten by flush after flush, and a checkpoint copies each page once however many
 * times the WAL holds it.
 *
 * The WAL starts again from its beginning only when a write begins with every frame copied. The server writes all the
 * time, so the worker never quite catches up: the WAL grew past 100 MB in bench/usage.ts. So once the worker has
 * copied the bulk, the next flush first runs one more PASSIVE checkpoint on the server's connection (`beforeWrite`),
 * which copies only the frames written since (a flush or two) and lets that flush restart the WAL.
 *
 * Durability is unchanged: commits are in the WAL before a request is acknowledged, as before; a checkpoint only
 * moves committed pages into the main file. If the worker fails, the connection gets SQLite's automatic checkpoints
 * back.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

type Sqlite = BetterSqlite3.Database;

/** SQLite's default `wal_autocheckpoint`, restored when the checkpointer stops or fails. */
const DEFAULT_AUTOCHECKPOINT = 1000;
const PERIODIC_MS = 1000;
const CHECKPOINT_EVERY_ROWS = 10_000;

// Plain CommonJS, evaluated as the worker's code: it must run the same under tsx, Vitest and plain node.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
// Never wait for a lock: a checkpoint that cannot run now runs at the next request for one.
db.pragma('busy_timeout = 0');
db.pragma('synchronous = NORMAL');
let queued = false;
function checkpoint() {
  queued = false;
  try {
    // Frames written during a checkpoint are copied by the next one, which is shorter.
    for (let round = 0; round < 4; round++) {
      const [{ busy, log, checkpointed }] = db.pragma('wal_checkpoint(PASSIVE)');
      if (busy || checkpointed >= log) break;
    }
  } catch (error) {
    if (error && error.code !== 'SQLITE_BUSY') throw error;
  }
  parentPort.postMessage('checkpointed');
}
const timer = setInterval(checkpoint, workerData.periodicMs);
parentPort.on('message', (message) => {
  if (message === 'close') {
    clearInterval(timer);
    db.close();
    parentPort.close();
  } else if (!queued) {
    // Requests that arrive during a checkpoint are served by one more checkpoint, not one each.
    queued = true;
    setImmediate(checkpoint);
  }
});
parentPort.postMessage('ready');
`;

export class WalCheckpointer {
  private readonly worker: Worker;
  private running = false;
  private stopped = false;
  private rowsSinceCheckpoint = 0;
  private finishPending = false;
  private readonly exited: Promise<void>;

  private constructor(private readonly sqlite: Sqlite) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file: sqlite.name,
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        periodicMs: PERIODIC_MS,
      },
    });
    // A checkpointer never keeps a process alive: at exit SQLite checkpoints anyway when the last connection closes.
    this.worker.unref();
    this.worker.on('message', (message) => {
      if (this.stopped) return;
      if (message === 'ready') {
        this.running = true;
        this.setAutocheckpoint(0);
      } else if (message === 'checkpointed') {
        this.finishPending = true;
      }
    });
    this.worker.on('error', () => this.fallBack());
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    void this.exited.then(() => this.fallBack());
  }

  /**
   * Starts a checkpointer for the file behind `sqlite`; undefined for an in-memory or temporary database, which a
   * second connection cannot open.
   */
  static start(sqlite: Sqlite): WalCheckpointer | undefined {
    if (sqlite.memory || sqlite.name === '' || sqlite.readonly) return undefined;
    return new WalCheckpointer(sqlite);
  }

  /** Whether the worker runs the checkpoints (the connection's automatic checkpoints are off). */
  get active(): boolean {
    return this.running;
  }

  /**
   * Call on the server's connection just before a write transaction: after the worker has checkpointed, copies the
   * few frames written since, so that this write restarts the WAL.
   */
  beforeWrite(): void {
    if (!this.finishPending || !this.running) return;
    this.finishPending = false;
    try {
      this.sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy (the worker's periodic checkpoint runs): the next one finishes instead.
    }
  }

  /** Counts rows just committed, and asks the worker for a checkpoint, without waiting for it, once enough were. */
  wrote(rows: number): void {
    this.rowsSinceCheckpoint += rows;
    if (this.rowsSinceCheckpoint < CHECKPOINT_EVERY_ROWS || !this.running) return;
    this.rowsSinceCheckpoint = 0;
    this.worker.postMessage('checkpoint');
  }

  /** Gives the connection its automatic checkpoints back and ends the worker. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.fallBack();
    this.stopped = true;
    // Referenced again while it closes: otherwise a process with nothing else to do (a CLI awaiting app.close())
    // exits before the worker does, with the await unsettled (exit code 13).
    this.worker.ref();
    this.worker.postMessage('close');
    await this.exited;
  }

  private fallBack(): void {
    if (this.stopped) return;
    if (this.running) this.setAutocheckpoint(DEFAULT_AUTOCHECKPOINT);
    this.running = false;
  }

  private setAutocheckpoint(pages: number): void {
    if (this.sqlite.open) this.sqlite.pragma(`wal_autocheckpoint = ${pages}`);
  }
}
