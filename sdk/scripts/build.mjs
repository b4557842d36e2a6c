// `pnpm --filter @toolbox/sdk run build` (and `pnpm pack`/`publish`, through prepack): compiles src/ to dist/ (ESM
// JavaScript and .d.ts, one file per source file, so the dev shell's module and package.json keep their places
// relative to the code that finds them at run time).
// tsc rewrites `./x.ts` imports to `./x.js` in JavaScript but not in declarations; the declarations get the same
// rewrite here, so a project type-checks against dist/ without `allowImportingTsExtensions`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const sdk = new URL('..', import.meta.url).pathname;
// `--out-dir <dir>`: somewhere else than dist/ (the package test builds into a scratch folder of its own).
const outFlag = process.argv.indexOf('--out-dir');
const dist = outFlag > 0 ? resolve(process.argv[outFlag + 1] ?? '') : join(sdk, 'dist');
rmSync(dist, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(sdk, 'tsconfig.build.json'), '--outDir', dist], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const RELATIVE_TS = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+?)\.tsx?(['"])/g;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  const text = readFileSync(file, 'utf8');
  const rewritten = text.replace(RELATIVE_TS, '$1$2.js$3');
  if (rewritten !== text) writeFileSync(file, rewritten);
}
console.log(`✔ @toolbox/sdk built to ${dist}`);
