// `pnpm test`: makes sure the machine can run every test, builds what the browser tests load, then runs Vitest.
// - Debian's chromium, fonts-noto-cjk and postgresql are installed with apt-get when missing and we are root.
// - Unless TOOLBOX_TEST_PG is set, a throwaway PostgreSQL cluster is started on 127.0.0.1 so both engines are tested.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSystemPackages, pnpm } from './lib.mjs';

const root = new URL('..', import.meta.url).pathname;
ensureSystemPackages();

let pg;
if (!process.env.TOOLBOX_TEST_PG) pg = startThrowawayPostgres();

let status = 1;
try {
  run(pnpm(), ['run', 'build'], 'building the plugins and the host');
  if (!process.env.TOOLBOX_SKIP_STORYBOOK) run(pnpm(), ['run', 'build-storybook'], 'building Storybook');
  const vitest = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...(pg ? { TOOLBOX_TEST_PG: pg.url } : {}) },
  });
  status = vitest.status ?? 1;
} finally {
  pg?.stop();
}
process.exit(status);

function run(cmd, args, what) {
  console.log(`\n▶ ${what}`);
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✖ ${what} failed`);
    process.exit(r.status ?? 1);
  }
}

function startThrowawayPostgres() {
  const bin = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].find((d) =>
    existsSync(join(d, 'initdb')),
  );
  if (!bin) {
    console.warn('⚠ PostgreSQL is not installed: the PostgreSQL half of the registry tests is skipped.');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'toolbox-pg-'));
  chmodSync(dir, 0o777);
  const port = 54329;
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const exec = (args) => {
    const cmd = [...asPostgres, ...args];
    const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${args[0]} failed`);
  };
  exec([join(bin, 'initdb'), '-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  exec([
    join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', 'start',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`,
  ]);
  console.log(`▶ PostgreSQL for the tests on 127.0.0.1:${port}`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        exec([join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
