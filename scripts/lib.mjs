import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Vitest's own entry, run with this Node (`pnpm test`, `pnpm test:clock`). */
export const VITEST = new URL('../node_modules/vitest/vitest.mjs', import.meta.url).pathname;

/** `12 s`: how long since `performance.now()` was `since` (CI has 90 minutes in all, so each step says what it took). */
export function secondsSince(since) {
  return `${Math.round((performance.now() - since) / 1000)} s`;
}

/** The pnpm that runs this script (works under `npx pnpm` too, where pnpm is not on PATH). */
export function pnpm() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, execPath];
  return ['pnpm'];
}

/** Debian's libfaketime, which moves the clock of any process it is preloaded into (`pnpm test:clock`). */
export const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/**
 * Installs Debian's chromium, CJK and emoji fonts and PostgreSQL when they are missing and we may (root with apt-get), and
 * `extra` packages given as `{ [a path the package installs]: 'package' }`.
 */
export function ensureSystemPackages(extra = {}) {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/share/fonts/opentype/noto')) missing.push('fonts-noto-cjk');
  // App icons may be emoji (the form templates' are): without a colour emoji font they show as boxes in screenshots.
  if (!existsSync('/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf')) missing.push('fonts-noto-color-emoji');
  if (!existsSync('/usr/lib/postgresql')) missing.push('postgresql');
  for (const [path, pkg] of Object.entries(extra)) if (!existsSync(path)) missing.push(pkg);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.warn(`⚠ Missing system packages: ${missing.join(', ')}. Install them (apt-get install ${missing.join(' ')}).`);
    return;
  }
  console.log(`▶ apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

/**
 * A throwaway PostgreSQL cluster on 127.0.0.1 (as the postgres user when we are root), or undefined when PostgreSQL
 * is not installed. It takes the first free port from `port` on (another cluster, such as one a killed run left, may
 * hold it), and is stopped on exit and on SIGINT/SIGTERM as well as by `stop()`, which removes it.
 */
export function startThrowawayPostgres(port = 54329) {
  const bin = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].find((d) =>
    existsSync(join(d, 'initdb')),
  );
  if (!bin) {
    console.warn('⚠ PostgreSQL is not installed: the PostgreSQL half of the registry tests is skipped.');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'toolbox-pg-'));
  chmodSync(dir, 0o777);
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const exec = (args) => {
    const cmd = [...asPostgres, ...args];
    return spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  };
  if (!exec([join(bin, 'initdb'), '-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])) {
    throw new Error('initdb failed');
  }
  let chosen;
  for (let p = port; p < port + 20 && chosen === undefined; p++) {
    const started = exec([
      join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', 'start',
      '-o', `-p ${p} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`,
    ]);
    if (started) chosen = p;
  }
  if (chosen === undefined) throw new Error(`PostgreSQL did not start on any port from ${port} to ${port + 19} (see ${join(dir, 'log')})`);
  console.log(`▶ PostgreSQL for the tests on 127.0.0.1:${chosen}`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      exec([join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  return { url: `postgres://postgres@127.0.0.1:${chosen}/postgres`, stop };
}
