// `pnpm test`: makes sure the machine can run every test, lints and type-checks every package, builds the server and
// what the browser tests load, then runs Vitest.
// - Debian's chromium, fonts-noto-cjk, fonts-noto-color-emoji and postgresql are installed with apt-get when missing and we are root.
// - Unless TOOLBOX_TEST_PG is set, a throwaway PostgreSQL cluster is started on 127.0.0.1 so both engines are tested.
import { spawnSync } from 'node:child_process';
import { ensureSystemPackages, pnpm, secondsSince, startThrowawayPostgres, VITEST } from './lib.mjs';

const root = new URL('..', import.meta.url).pathname;
ensureSystemPackages();

let pg;
if (!process.env.TOOLBOX_TEST_PG) pg = startThrowawayPostgres();

let status = 1;
try {
  // Cheap checks first: a lint or type error fails the run before minutes of building and browser tests.
  run(pnpm(), ['run', 'lint'], 'linting every package (Biome)');
  run(pnpm(), ['run', 'typecheck'], 'type-checking every package (tsc, strict)');
  run(pnpm(), ['run', 'build'], 'building the registry server, the plugins and the host');
  if (!process.env.TOOLBOX_SKIP_STORYBOOK) run(pnpm(), ['run', 'build-storybook'], 'building Storybook');
  const started = performance.now();
  const vitest = spawnSync(process.execPath, [VITEST, 'run', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...(pg ? { TOOLBOX_TEST_PG: pg.url } : {}) },
  });
  status = vitest.status ?? 1;
  console.log(`${status === 0 ? '✔' : '✖'} Vitest: ${secondsSince(started)}`);
} finally {
  pg?.stop();
}
process.exit(status);

function run(cmd, args, what) {
  console.log(`\n▶ ${what}`);
  const started = performance.now();
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✖ ${what} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${what}: ${secondsSince(started)}`);
}
