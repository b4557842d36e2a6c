import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The pnpm that runs this script (works under `npx pnpm` too, where pnpm is not on PATH). */
export function pnpm() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, execPath];
  return ['pnpm'];
}

/** Installs Debian's chromium, CJK fonts and PostgreSQL when they are missing and we may (root with apt-get). */
export function ensureSystemPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/share/fonts/opentype/noto')) missing.push('fonts-noto-cjk');
  if (!existsSync('/usr/lib/postgresql')) missing.push('postgresql');
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
