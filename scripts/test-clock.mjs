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
// What runs under which clock. Running every file under all three took three times `pnpm test`'s browser and server
// time and pushed CI past its 90 minutes, so by default:
// - the calendar files (CALENDAR: review years, notice periods, sessions, usage by day and month, deadlines) run under
//   every clock;
// - every other file runs once, under one of the two clocks that lie more than a year ahead (alternating in path
//   order): a date literal that must lie ahead of today fails there, whichever file it is in;
// - New Year's Eve runs the calendar files only;
// - the other files run on SQLite only: PostgreSQL keeps the real clock (the server never asks the database for the
//   time, it passes its own `now`), so the second engine sees nothing of the moved clock that SQLite does not. The
//   calendar files run on both engines, as in `pnpm test`.
// `--full` runs every file under every clock (about three times as long).
//
// A run that fails runs its failed files once more under the same clock: a test that fails because of the date fails
// again, and fails the whole; one that passes the second time is named at the end as one to make sturdier (a browser
// test on two busy cores under libfaketime). Either way the failed tests are listed last, where a CI log's tail shows them.
//
// Usage: `pnpm test:clock [--no-build] [--full] [--only <name>] [--dry-run] [-- <vitest args>]`. `--no-build` reuses
// what `pnpm test` built; `--dry-run` lists the files each clock would run.
// Each clock is given to libfaketime as an offset from now in seconds (FAKETIME="+N"), so it does not depend on the
// machine's time zone. The offset is applied to the monotonic clocks too: a constant shift leaves timers at normal speed,
// while FAKETIME_DONT_FAKE_MONOTONIC=1 makes Chromium's renderers hang (seen with Chromium 156).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSystemPackages, LIBFAKETIME, pnpm, secondsSince, startThrowawayPostgres, VITEST } from './lib.mjs';

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

/** The files whose subject is the calendar, run under every clock (paths from the repository's root). */
const CALENDAR = [
  'registry-server/test/lifecycle.test.ts', // deprecation dates and notice periods
  'registry-server/test/org/sessions.test.ts', // session expiry
  'registry-server/test/review/computeReview.test.ts', // the review year
  'registry-server/test/review/reviewCsv.test.ts',
  'registry-server/test/review/reviewRoutes.test.ts',
  'registry-server/test/usage/rollupEvents.test.ts', // usage by Shanghai day and month
  'registry-server/test/usage/usageRoutes.test.ts',
  'registry-server/test/usage/seedDemoUsage.test.ts',
  'host/test/desktop/DeprecationBanner.test.tsx', // days until retirement
  'plugins/hotline-tickets/test/deadlineState.test.ts', // deadlines
  'plugins/hotline-tickets/test/liveDeadline.test.tsx',
  'plugins/admin-console/test/logic.test.ts',
  'plugins/admin-console/test/reviewPage.test.tsx',
  'plugins/form-runtime/test/exportAndChart.test.tsx', // counts by month
];
const SHANGHAI_MS = 8 * 3600_000;
/** The wall-clock instant of `yyyy-mm-dd hh:mm` in Asia/Shanghai (UTC+8 all year, no daylight saving). */
const shanghai = (y, m, d, hh, mm) => Date.UTC(y, m - 1, d, hh, mm) - SHANGHAI_MS;

function nextNewYearsEve() {
  const year = new Date(Date.now() + SHANGHAI_MS).getUTCFullYear();
  const eve = shanghai(year, 12, 31, 23, 50);
  return eve > Date.now() ? eve : shanghai(year + 1, 12, 31, 23, 50);
}

/**
 * `runs({ calendar, rest })` gives the Vitest runs of one clock, in order, each a list of test files (`rest`: every file
 * not in CALENDAR, in path order).
 */
export const CLOCKS = [
  {
    name: 'one-year-ahead',
    label: 'one year ahead of today',
    at: () => Date.now() + 365 * 86_400_000,
    runs: ({ calendar, rest }) => [rest.filter((_, i) => i % 2 === 0), calendar],
  },
  {
    name: 'leap-day',
    label: '2028-02-29 23:30 Asia/Shanghai',
    at: () => shanghai(2028, 2, 29, 23, 30),
    runs: ({ calendar, rest }) => [rest.filter((_, i) => i % 2 === 1), calendar],
  },
  {
    name: 'new-years-eve',
    label: '31 December 23:50 Asia/Shanghai',
    at: nextNewYearsEve,
    runs: ({ calendar }) => [calendar],
  },
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

const projectArgs = PROJECTS.flatMap((p) => ['--project', p]);
const listed = spawnSync(
  process.execPath,
  [VITEST, 'list', '--filesOnly', '--json', ...projectArgs, ...EXCLUDED.flatMap((glob) => ['--exclude', glob])],
  { cwd: root, encoding: 'utf8', maxBuffer: 16 << 20 },
);
if (listed.status !== 0) {
  console.error(`✖ vitest list failed:\n${listed.stderr}`);
  process.exit(1);
}
/** @type {{ file: string, projectName: string }[]} */
const specs = JSON.parse(listed.stdout);
const calendarPaths = new Set(CALENDAR.map((f) => join(root, f)));
const missing = [...calendarPaths].filter((f) => !specs.some((s) => s.file === f));
if (missing.length > 0) {
  console.error(`✖ CALENDAR names files that are not tests of ${PROJECTS.join(', ')}: ${missing.join(', ')}`);
  process.exit(1);
}
const all = [...new Set(specs.map((s) => s.file))].sort();
const calendar = all.filter((f) => calendarPaths.has(f));
const rest = all.filter((f) => !calendarPaths.has(f));
const full = own.includes('--full');
if (own.includes('--dry-run')) {
  for (const clock of clocks) {
    const runs = full ? [all] : clock.runs({ calendar, rest });
    console.log(`${clock.label}:`);
    for (const files of runs) console.log(`  one run of ${files.length}: ${files.map((f) => f.slice(root.length)).join(' ')}`);
  }
  process.exit(0);
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
/** Tests that failed once and passed when their files ran again under the same clock (see `vitestRun`). */
const secondTries = [];
try {
  for (const clock of clocks) {
    const at = clock.at();
    // One offset for all of a clock's runs: its time goes on from one run to the next.
    const offset = Math.round((at - Date.now()) / 1000);
    const shown = new Date(at + SHANGHAI_MS).toISOString().slice(0, 16).replace('T', ' ');
    const runs = (full ? [all] : clock.runs({ calendar, rest })).filter((files) => files.length > 0);
    const count = new Set(runs.flat()).size;
    console.log(
      `\n▶ the clock at ${shown} Asia/Shanghai (${clock.label}): FAKETIME=${offset >= 0 ? '+' : ''}${offset}, ` +
        `${full ? 'every file' : `${count} of ${all.length} files`}`,
    );
    const started = performance.now();
    for (const files of runs) {
      const env = {
        ...process.env,
        // Both engines for the calendar files (and with --full), SQLite alone for the rest (see above).
        TOOLBOX_TEST_PG: full || files === calendar ? (pg?.url ?? process.env.TOOLBOX_TEST_PG ?? '') : '',
        LD_PRELOAD: [LIBFAKETIME, process.env.LD_PRELOAD].filter(Boolean).join(':'),
        FAKETIME: `${offset >= 0 ? '+' : ''}${offset}`,
        TOOLBOX_TEST_CLOCK: clock.name,
      };
      const first = vitestRun(files, env);
      if (first.ok) continue;
      // The failed files once more under the same clock (its time has gone on meanwhile). A test that fails because
      // of the date fails again; one that failed only because two cores were busy with Chromium under libfaketime
      // passes, and is named below so that it can be made sturdier.
      const failedFiles = [...new Set(first.failures.map((f) => f.file))];
      console.log(`\n▶ ${first.failures.length} failed (${clock.label}); running ${failedFiles.length} file(s) again under the same clock`);
      const second = failedFiles.length > 0 ? vitestRun(failedFiles, env) : first;
      if (second.ok) {
        secondTries.push(...first.failures.map((f) => ({ ...f, clock: clock.label })));
        continue;
      }
      failed.push({ clock: clock.label, failures: second.failures.length > 0 ? second.failures : first.failures });
      break;
    }
    console.log(`  (${clock.label}: ${secondsSince(started)})`);
  }
} finally {
  pg?.stop();
}
// Said last, where a CI log's tail shows it, since Vitest's own account of a failure is far above.
if (secondTries.length > 0) {
  console.log('\n⚠ failed once, then passed when run again under the same clock (not the date, but make them sturdier):');
  for (const f of secondTries) console.log(`  - ${f.clock}: ${describe(f)}`);
}
if (failed.length > 0) {
  for (const { clock, failures } of failed) {
    console.error(`\n✖ with the clock at ${clock}, twice:`);
    for (const f of failures) console.error(`  - ${describe(f)}`);
  }
  console.error(`\n✖ failed with the clock at: ${failed.map((f) => f.clock).join('; ')}`);
  process.exit(1);
}
console.log(`\n✔ passed with the clock at: ${clocks.map((c) => c.label).join('; ')}`);

/**
 * Runs Vitest on `files` with `env`, with its usual output and a JSON report besides, from which the failed tests are
 * read: `{ ok, failures: [{ file, test, message }] }` (a file that failed to load is one failure with no test).
 */
function vitestRun(files, env) {
  const report = join(mkdtempSync(join(tmpdir(), 'toolbox-clock-')), 'report.json');
  const r = spawnSync(
    process.execPath,
    [VITEST, 'run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArgs, ...files],
    { cwd: root, stdio: 'inherit', env },
  );
  if (r.status === 0) return { ok: true, failures: [] };
  const failures = [];
  try {
    /** @type {{ testResults: { name: string, status: string, message?: string, assertionResults: { fullName: string, status: string, failureMessages: string[] }[] }[] }} */
    const json = JSON.parse(readFileSync(report, 'utf8'));
    for (const file of json.testResults) {
      const tests = file.assertionResults.filter((a) => a.status === 'failed');
      for (const a of tests) failures.push({ file: file.name, test: a.fullName, message: a.failureMessages[0] ?? '' });
      if (tests.length === 0 && file.status === 'failed') failures.push({ file: file.name, test: '', message: file.message ?? '' });
    }
  } catch {
    // No report (Vitest itself failed): nothing to run again, and its own output says why.
  }
  return { ok: false, failures };
}

/** One failure on one line: its file from the root, its test and the first line of its message. */
function describe({ file, test, message }) {
  const first = message.split('\n').find((line) => line.trim() !== '') ?? '';
  return `${file.startsWith(root) ? file.slice(root.length) : file}${test ? ` › ${test}` : ''}: ${first.trim().slice(0, 300)}`;
}
