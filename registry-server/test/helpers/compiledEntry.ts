// The compiled server (registry-server/dist/, built by `pnpm run build`) for tests that start it as a process, as
// production does: `node registry-server/dist/cli.js`. A missing or stale build is refused with what to run, so a
// test never passes against code older than the source it was given.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const serverDir = fileURLToPath(new URL('../../', import.meta.url));
const srcDir = join(serverDir, 'src');
const distDir = join(serverDir, 'dist');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) || entry.name.endsWith('.txt') ? [path] : [];
  });
}

/** Why dist/ cannot be used (missing, or older than a source file or a data file the build copies), or undefined when it is up to date. */
export function staleBuild(): string | undefined {
  for (const source of sourceFiles(srcDir)) {
    const name = relative(srcDir, source);
    const built = join(distDir, name.replace(/\.ts$/, '.js'));
    let builtAt: number;
    try {
      builtAt = statSync(built).mtimeMs;
    } catch {
      return `registry-server/dist/${name.replace(/\.ts$/, '.js')} is missing`;
    }
    if (builtAt < statSync(source).mtimeMs) return `registry-server/src/${name} is newer than its build`;
  }
  return undefined;
}

/** The absolute path of a compiled entry (default `cli.js`); throws when the build is missing or stale. */
export function compiledEntry(file = 'cli.js'): string {
  const stale = staleBuild();
  if (stale) throw new Error(`${stale}: run \`pnpm --filter @toolbox/registry-server run build\` (pnpm test does)`);
  return join(distDir, file);
}
