// Roster import benchmark (issue 15): a roster of 3,000 users and 250 units (CSV) imported through
// POST /api/org/import into a fresh demo database, on SQLite and on PostgreSQL in the same run.
// Run: cd bench && node --import tsx rosterImport.ts [rounds=1]     (or: pnpm bench:rosterImport)
// PostgreSQL: TOOLBOX_BENCH_PG=postgres://… (a server URL; a database is created and dropped per round), else a
// throwaway cluster is started with scripts/lib.mjs (Debian's postgresql); without either only SQLite is measured.
// Per engine it prints: the dry run (read, plan), the import (one transaction through the unit and user stores, one
// audit row per change), the export of the result as .xlsx, and the dry run of that export (a no-op round trip).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@toolbox/registry-server';
import { createPostgresDatabase } from '../registry-server/test/helpers/engines.ts';
import { postgresServer } from './postgresServer.ts';
import { bigRoster, csvOf, importRoster } from '../registry-server/test/roster/rosterHelpers.ts';

interface Timing {
  dryRun: number;
  apply: number;
  exportXlsx: number;
  roundTrip: number;
}

async function measure(db: string, dir: string): Promise<Timing> {
  const app = await buildApp({ db, dataDir: join(dir, 'bundles'), demo: true });
  try {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'toolbox' } });
    const headers = { cookie: `toolbox_session=${login.cookies.find((c) => c.name === 'toolbox_session')!.value}` };
    const file = csvOf(bigRoster());
    const time = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
      const started = performance.now();
      const result = await work();
      return [performance.now() - started, result];
    };
    const [dryRun, dry] = await time(() => importRoster(app, headers, file, { query: 'dryRun=1&passwords=none' }));
    if (dry.statusCode !== 200 || dry.json().summary.add !== 3250) throw new Error(`dry run: ${dry.statusCode} ${dry.body.slice(0, 300)}`);
    const [apply, applied] = await time(() => importRoster(app, headers, file, { query: 'passwords=none' }));
    if (applied.statusCode !== 200) throw new Error(`import: ${applied.statusCode} ${applied.body.slice(0, 300)}`);
    const [exportXlsx, exported] = await time(() => app.inject({ url: '/api/org/export?format=xlsx', headers }));
    const [roundTrip, again] = await time(() => importRoster(app, headers, exported.rawPayload, { name: 'export.xlsx', query: 'dryRun=1' }));
    const summary = again.json().summary;
    if (summary.add + summary.change + summary.disable + summary.errors !== 0) throw new Error(`round trip is not a no-op: ${JSON.stringify(summary)}`);
    return { dryRun, apply, exportXlsx, roundTrip };
  } finally {
    await app.close();
  }
}

async function withPgDatabase<T>(server: string, work: (url: string) => Promise<T>): Promise<T> {
  const database = await createPostgresDatabase(server, 'toolbox_bench');
  try {
    return await work(database.url);
  } finally {
    await database.drop();
  }
}

const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;

async function main(rounds: number): Promise<void> {
  const pgServer = await postgresServer(54390);
  const results: Record<string, Timing[]> = { sqlite: [], postgres: [] };
  try {
    for (let r = 0; r < rounds; r++) {
      const dir = mkdtempSync(join(tmpdir(), 'toolbox-bench-roster-'));
      try {
        results.sqlite!.push(await measure(join(dir, 'toolbox.db'), dir));
        if (pgServer) results.postgres!.push(await withPgDatabase(pgServer.server, (url) => measure(url, dir)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    pgServer?.stop();
  }
  console.log(`roster import: 3,000 users and 250 units (CSV), ${rounds} round(s), median`);
  for (const [engine, list] of Object.entries(results)) {
    if (list.length === 0) {
      console.log(`  ${engine}: no PostgreSQL here (set TOOLBOX_BENCH_PG or install postgresql): skipped`);
      continue;
    }
    const median = (key: keyof Timing) => list.map((t) => t[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    console.log(
      `  ${engine.padEnd(8)} dry run ${ms(median('dryRun'))}, import ${ms(median('apply'))} (one transaction), export .xlsx ${ms(median('exportXlsx'))}, re-import dry run ${ms(median('roundTrip'))}`,
    );
  }
}

await main(Number(process.argv[2] ?? 1));
