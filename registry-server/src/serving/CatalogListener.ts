import pg from 'pg';
import { CATALOG_CHANNEL } from './catalogChannel.ts';

/** Waits before each reconnect after a failure, the last one repeated; requests ask the database meanwhile. */
const RETRY_MS = [1000, 2000, 5000];
/** A quiet connection is checked this often, so one that hangs without an error is noticed too. */
const HEARTBEAT_MS = 10_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;
export const LISTENER_APPLICATION_NAME = 'toolbox-catalog-listener';

/**
 * What this instance knows of the catalogue generation without asking the database, on PostgreSQL.
 *
 * One dedicated connection LISTENs on `toolbox_catalog`, where every catalogue write NOTIFYs its new generation
 * inside its transaction (catalogChannel.ts), so a change committed by any instance arrives here at commit, within
 * milliseconds. The generation is trusted only while that connection is up and was read once after its LISTEN (every
 * commit before the read is in it, every commit after comes as a notification), and only once this instance's own
 * commits are confirmed (below). Otherwise `generation()` says "ask the database": that connection is being opened,
 * was lost (error, end, a heartbeat without answer) and is reconnecting with backoff.
 *
 * This instance's own writes must count before their response is sent, not when their notification arrives:
 * bumpWatchingDialect.ts calls `localBumpCommitted` when such a transaction commits, and from then until a generation
 * read begun after that commit is `confirm`ed, the database is asked.
 */
export class CatalogListener {
  private client: pg.Client | undefined;
  private started = false;
  private stopped = false;
  private listening = false;
  private known = -1;
  private pid: number | undefined;
  private failures = 0;
  private localCommits = 0;
  private confirmedCommits = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;

  constructor(private readonly url: string) {}

  /** The generation to serve from, or undefined when the database must be asked. The first call starts listening. */
  generation(): number | undefined {
    if (!this.started) this.start();
    return this.listening && this.confirmedCommits === this.localCommits ? this.known : undefined;
  }

  /** How many of this instance's catalogue commits have ended so far: pass it to `confirm` with a read begun after. */
  get commitsSoFar(): number {
    return this.localCommits;
  }

  localBumpCommitted(): void {
    this.localCommits++;
  }

  /** A generation read from the database by a query sent once `commits` of this instance's commits had ended. */
  confirm(commits: number, generation: number): void {
    this.learn(generation);
    if (commits > this.confirmedCommits) this.confirmedCommits = commits;
  }

  /** Whether notifications are being received (for tests and operators). */
  get isListening(): boolean {
    return this.listening;
  }

  /** The PostgreSQL backend of the listening connection (pg_stat_activity.pid), while there is one. */
  get backendPid(): number | undefined {
    return this.listening ? this.pid : undefined;
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    clearTimeout(this.retryTimer);
    clearInterval(this.heartbeatTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private learn(generation: number): void {
    if (Number.isFinite(generation) && generation > this.known) this.known = generation;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url, application_name: LISTENER_APPLICATION_NAME, keepAlive: true });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === CATALOG_CHANNEL) this.learn(Number(message.payload));
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CATALOG_CHANNEL}`);
      // From here every commit is notified; this read covers those before it.
      const { generation, pid } = await readGeneration(client);
      if (this.client !== client) return;
      this.learn(generation);
      this.pid = pid;
      this.failures = 0;
      this.listening = true;
      clearInterval(this.heartbeatTimer);
      this.heartbeatTimer = setInterval(() => void this.heartbeat(client), HEARTBEAT_MS).unref();
    } catch {
      this.lost(client);
    }
  }

  private async heartbeat(client: pg.Client): Promise<void> {
    if (this.client !== client) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer')), HEARTBEAT_TIMEOUT_MS).unref();
    });
    try {
      this.learn((await Promise.race([readGeneration(client), timeout])).generation);
    } catch {
      this.lost(client);
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    this.pid = undefined;
    clearInterval(this.heartbeatTimer);
    void client.end().catch(() => {});
    if (this.stopped) return;
    const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)];
    this.failures++;
    this.retryTimer = setTimeout(() => void this.connect(), delay).unref();
  }
}

async function readGeneration(client: pg.Client): Promise<{ generation: number; pid: number }> {
  const { rows } = await client.query<{ generation: number | string; pid: number }>(
    'select (select generation from catalog_state where id = 1) as generation, pg_backend_pid() as pid',
  );
  return { generation: Number(rows[0]?.generation ?? 0), pid: Number(rows[0]?.pid) };
}

const listeners = new WeakMap<object, CatalogListener>();

/** createDatabase records the listener of a PostgreSQL database here; SQLite has none. */
export function registerCatalogListener(db: object, listener: CatalogListener): void {
  listeners.set(db, listener);
}

export function catalogListenerOf(db: object): CatalogListener | undefined {
  return listeners.get(db);
}
