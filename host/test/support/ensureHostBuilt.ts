import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hostDir } from './buildFixtures.ts';

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)),
  );
}

/** `pnpm test` builds the host first; when a test runs alone, build it here if dist is missing or older than src. */
export function ensureHostBuilt(): string {
  const dist = join(hostDir, 'dist');
  const index = join(dist, 'index.html');
  if (!existsSync(index) || statSync(index).mtimeMs < newest(join(hostDir, 'src'))) {
    const vite = join(hostDir, 'node_modules/vite/bin/vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: hostDir,
      stdio: 'inherit',
      // Under Vitest the federation plugin switches itself off and NODE_ENV=test picks React's development build.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))), NODE_ENV: 'production' },
    });
    if (r.status !== 0) throw new Error('building the host failed');
  }
  return dist;
}
