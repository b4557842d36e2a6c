// Ingestion benchmark (issue 5): POST /api/usage in batches of 100 events, rollups included, against raw
// better-sqlite3 inserts of the same rows, 100 to a transaction, on the same disk in the same run.
// Run: cd bench && node --import tsx usage.ts [events=200000] [connections=16]
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const TOTAL = Number(process.argv[2] ?? 200_000);
const CONNECTIONS = Number(process.argv[3] ?? 16);
const BATCH = 100;
const dir = mkdtempSync(join(tmpdir(), 'toolbox-bench-usage-'));

function eventsBody(apps: string[]): string {
  const at = new Date().toISOString();
  const events = Array.from({ length: BATCH }, (_, i) => ({
    id: randomUUID(),
    app: apps[(Math.random() * apps.length) | 0],
    type: i % 3 === 0 ? 'open' : i % 3 === 1 ? 'action:save' : 'close',
    at,
  }));
  return JSON.stringify({ events });
}

/**
 * CPU time (ms) a process has used, from /proc (Linux, 100 ticks a second): the machine may be shared, so besides
 * throughput the bench reports CPU per event, which other work on the machine hardly changes.
 */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / 100) * 1000;
}

/** The baseline: the same rows as usage_events, into the same kind of file (WAL, synchronous=NORMAL, as the server). */
function rawInserts(total: number, round: number): { rowsPerSecond: number; cpuMicrosPerRow: number } {
  const db = new Database(join(dir, `raw-${round}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`create table usage_events (id text primary key, app_id text not null, type text not null, at text not null,
    day text not null, unit_id text not null, user_hash text not null, received_at text not null)`);
  db.exec('create index usage_events_at on usage_events (at)');
  const insert = db.prepare('insert into usage_events values (?, ?, ?, ?, ?, ?, ?, ?)');
  const batch = db.transaction((rows: string[][]) => {
    for (const r of rows) insert.run(...r);
  });
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let done = 0; done < total; done += BATCH) {
    const at = new Date().toISOString();
    const rows = Array.from({ length: BATCH }, () => [randomUUID(), 'bench-app-1', 'open', at, at.slice(0, 10), 'huayanglu-01', 'h'.repeat(32), at]);
    batch(rows);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  db.close();
  return { rowsPerSecond: total / seconds, cpuMicrosPerRow: (used.user + used.system) / total };
}

async function startServer(): Promise<{ pid: number; port: number; cookies: string[]; apps: string[]; db: string; stop(): void }> {
  // BENCH_SERVER_NODE_ARGS passes flags to the server's node, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof' to profile it.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', new URL('./usageServer.ts', import.meta.url).pathname, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { ...JSON.parse(line), pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

async function httpIngest(server: Awaited<ReturnType<typeof startServer>>, total: number, connections: number) {
  let n = 0;
  const started = process.hrtime.bigint();
  let lastResponse = started;
  const cpuBefore = processCpuMs(server.pid);
  // With `amount`, autocannon notices that every request is done only on its next 1-second sample tick, so the time
  // it takes is rounded up to whole seconds (a round of 333 requests measured 1.0, 2.0 or 3.0 s whatever the server
  // did). The run is timed from the start to the last response instead.
  const instance = autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections,
    amount: total / BATCH,
    requests: [
      {
        method: 'POST',
        path: '/api/usage',
        setupRequest: (req) => ({
          ...req,
          headers: { 'content-type': 'application/json', cookie: server.cookies[n++ % server.cookies.length]! },
          body: eventsBody(server.apps),
        }),
      },
    ],
    // autocannon returns its tracker, an EventEmitter that is also a promise of the result (the typings show only the latter).
  }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
  instance.on('response', () => {
    lastResponse = process.hrtime.bigint();
  });
  const result = await instance;
  const seconds = Number(lastResponse - started) / 1e9;
  const ok = result['2xx'];
  const cpuMicrosPerEvent = ((processCpuMs(server.pid) - cpuBefore) * 1000) / Math.max(1, ok * BATCH);
  return { cpuMicrosPerEvent, eventsPerSecond: (ok * BATCH) / seconds, ok, errors: result.non2xx + result.errors, p50: result.latency.p50, p99: result.latency.p99 };
}

const ROUNDS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const server = await startServer();
try {
  // Warm up the JIT and the connection pool. Then rounds that interleave the baseline and the server, so that a
  // busy neighbour on the machine slows both alike; medians are reported.
  await httpIngest(server, 5_000, CONNECTIONS);
  let acknowledged = 5_000;
  const raws: ReturnType<typeof rawInserts>[] = [];
  const https: Awaited<ReturnType<typeof httpIngest>>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    raws.push(rawInserts(TOTAL / ROUNDS, r));
    const h = await httpIngest(server, TOTAL / ROUNDS, CONNECTIONS);
    acknowledged += h.ok * BATCH;
    https.push(h);
  }
  const single = await httpIngest(server, Math.min(TOTAL / ROUNDS, 20_000), 1);
  acknowledged += single.ok * BATCH;
  const raw = median(raws.map((r) => r.rowsPerSecond));
  const http = median(https.map((h) => h.eventsPerSecond));
  const stored = new Database(server.db, { readonly: true });
  const count = (stored.prepare('select count(*) as n from usage_events').get() as { n: number }).n;
  stored.close();
  console.log(`events: ${TOTAL} in batches of ${BATCH}, ${ROUNDS} interleaved rounds (medians)`);
  console.log(
    `raw better-sqlite3, 100 rows a transaction: ${Math.round(raw)} rows/s  [${raws.map((r) => Math.round(r.rowsPerSecond)).join(', ')}], ` +
      `${median(raws.map((r) => r.cpuMicrosPerRow)).toFixed(1)} µs CPU a row`,
  );
  console.log(
    `POST /api/usage, ${CONNECTIONS} connections: ${Math.round(http)} events/s = ${(http / raw).toFixed(2)}× raw  ` +
      `[${https.map((h) => Math.round(h.eventsPerSecond)).join(', ')}], latency p50 ${median(https.map((h) => h.p50))} ms, ` +
      `p99 ${median(https.map((h) => h.p99))} ms, ${https.reduce((n, h) => n + h.errors, 0)} errors, ` +
      `${median(https.map((h) => h.cpuMicrosPerEvent)).toFixed(1)} µs CPU an event (server process)`,
  );
  console.log(`POST /api/usage, 1 connection: ${Math.round(single.eventsPerSecond)} events/s (${(single.eventsPerSecond / raw).toFixed(2)}× raw), p50 ${single.p50} ms`);
  console.log(`machine load average: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(', ')} on ${(await import('node:os')).cpus().length} cores`);
  console.log(`acknowledged ${acknowledged} events, stored ${count}: ${count === acknowledged ? 'none lost' : 'MISMATCH'}`);
} finally {
  server.stop();
  setTimeout(() => rmSync(dir, { recursive: true, force: true }), 500);
}
