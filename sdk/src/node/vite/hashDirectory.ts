import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (recursively) as a POSIX path relative to `dir` → sha256 hex, in sorted order. */
export async function hashDirectory(dir: string, exclude: ReadonlySet<string> = new Set()): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !exclude.has(path))
    .sort();
  const hashes: Record<string, string> = {};
  for (const path of files) {
    hashes[path] = createHash('sha256').update(await readFile(join(dir, path))).digest('hex');
  }
  return hashes;
}
