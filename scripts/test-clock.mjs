// `pnpm test:clock`: runs the test projects that depend on the date under clocks moved far from today, with Debian's
// libfaketime preloaded into every process (Vitest, the registry servers it starts, Chromium). It proves that the suite
// passes on any day: a test that computes its dates from the wall clock passes, one that hard-codes a date which must
// lie ahead of (or behind) today fails.
//
// The clocks (each keeps ticking from there, so a run that starts at 23:50 crosses midnight, and the year, on its way):
// - one year ahead of today;
// - 2028-02-29 23:30 Asia/Shanghai (a leap day, half an hour before March);
// - 31 December 23:50 Asia/Shanghai (ten minutes before the year turns), of this year or the next.
//
// Usage: `pnpm test:clock [--no-build] [--only <name>] [-- <vitest args>]`. `--no-build` reuses what `pnpm test` built.
// Each clock is given to libfaketime as an offset from now in seconds (FAKETIME="+N"), so it does not depend on the
// machine's time zone. The offset is applied to the monotonic clocks too: a constant shift leaves timers at normal speed,
// while FAKETIME_DONT_FAKE_MONOTONIC=1 makes Chromium's renderers hang (seen with Chromium 156).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSystemPackages, LIBFAKETIME, pnpm, startThrowawayPostgres } from './lib.mjs';

const root = new URL('..', import.meta.url).pathname;

/** The projects whose results can depend on the date: the server (review years, notice periods, sessions), the
 * desktop (usage timestamps, deprecation notices) and the browser tests against the real product, and the apps that
 * show "today" (deadlines, the review's year). The SDK's tests take no date from the clock. */
const PROJECTS = [
  'registry-server',
  'host',
  'host-e2e',
  'plugin-admin-console',
  'plugin-hotline-tickets',
  'plugin-visit-log',
  'plugin-flood-patrol',
  'plugin-form-runtime',
];

/**
 * Left out under moved clocks: the new developer's path installs from the npm registry over TLS, whose certificate a
 * clock a year ahead may see as expired, and nothing in it depends on the date.
 */
const EXCLUDED = ['**/newDeveloperPath.test.ts'];

const SHANGHAI_MS = 8 * 3600_000;
/** The wall-clock instant of `yyyy-mm-dd hh:mm` in Asia/Shanghai (UTC+8 all year, no daylight saving). */
const shanghai = (y, m, d, hh, mm) => Date.UTC(y, m - 1, d, hh, mm) - SHANGHAI_MS;

function nextNewYearsEve() {
  const year = new Date(Date.now() + SHANGHAI_MS).getUTCFullYear();
  const eve = shanghai(year, 12, 31, 23, 50);
  return eve > Date.now() ? eve : shanghai(year + 1, 12, 31, 23, 50);
}

export const CLOCKS = [
  { name: 'one-year-ahead', label: 'one year ahead of today', at: () => Date.now() + 365 * 86_400_000 },
  { name: 'leap-day', label: '2028-02-29 23:30 Asia/Shanghai', at: () => shanghai(2028, 2, 29, 23, 30) },
  { name: 'new-years-eve', label: '31 December 23:50 Asia/Shanghai', at: nextNewYearsEve },
];

const argv = process.argv.slice(2);
const dashdash = argv.indexOf('--');
const own = dashdash === -1 ? argv : argv.slice(0, dashdash);
const vitestArgs = dashdash === -1 ? [] : argv.slice(dashdash + 1);
const only = own.includes('--only') ? own[own.indexOf('--only') + 1] : undefined;
const clocks = CLOCKS.filter((c) => !only || c.name === only);
if (clocks.length === 0) {
  console.error(`✖ unknown clock "${only}": one of ${CLOCKS.map((c) => c.name).join(', ')}`);
  process.exit(2);
}

ensureSystemPackages({ [LIBFAKETIME]: 'faketime' });
if (!existsSync(LIBFAKETIME)) {
  console.error(`✖ ${LIBFAKETIME} is missing: apt-get install faketime`);
  process.exit(1);
}

if (!own.includes('--no-build')) {
  console.log('\n▶ building the plugins and the host');
  const [cmd, ...args] = pnpm();
  const built = spawnSync(cmd, [...args, 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// PostgreSQL keeps the real clock: the server never asks the database for the time (it passes its own `now`).
const pg = process.env.TOOLBOX_TEST_PG ? undefined : startThrowawayPostgres(54330);
const failed = [];
try {
  for (const clock of clocks) {
    const at = clock.at();
    const offset = Math.round((at - Date.now()) / 1000);
    const shown = new Date(at + SHANGHAI_MS).toISOString().slice(0, 16).replace('T', ' ');
    console.log(`\n▶ the clock at ${shown} Asia/Shanghai (${clock.label}): FAKETIME=${offset >= 0 ? '+' : ''}${offset}`);
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        ...PROJECTS.flatMap((p) => ['--project', p]),
        ...EXCLUDED.flatMap((glob) => ['--exclude', glob]),
        ...vitestArgs,
      ],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          ...(pg ? { TOOLBOX_TEST_PG: pg.url } : {}),
          LD_PRELOAD: [LIBFAKETIME, process.env.LD_PRELOAD].filter(Boolean).join(':'),
          FAKETIME: `${offset >= 0 ? '+' : ''}${offset}`,
          TOOLBOX_TEST_CLOCK: clock.name,
        },
      },
    );
    if (r.status !== 0) failed.push(clock.label);
  }
} finally {
  pg?.stop();
}
if (failed.length > 0) {
  console.error(`\n✖ failed with the clock at: ${failed.join('; ')}`);
  process.exit(1);
}
console.log(`\n✔ passed with the clock at: ${clocks.map((c) => c.label).join('; ')}`);
