import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { validateBundle } from '../validateBundle.ts';
import { MANIFEST_FILE } from '../vite/readManifest.ts';

/**
 * What is wrong with an app's built `dist/`, one line each (empty when nothing is), for `expect(await checkDist(dir))
 * .toEqual([])`: everything `toolbox validate` checks (a valid built manifest, its entry, every file listed with its
 * sha256 and none unlisted), and that the build carried the source manifest over unchanged (only `entry`, `files` and
 * `preload` are the build's own), with the icon and every preloaded file in dist/.
 */
export async function checkDist(packageDir: string): Promise<string[]> {
  const report = await validateBundle(packageDir);
  const problems = report.problems.map((p) => `${p.code} ${p.path}: ${p.message}`);
  if (!report.manifest) return problems;
  const dist = report.distDir;
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // Both as written (not as validated, which may fill in defaults).
  const { entry: _entry, files: _files, preload, ...built } = read(join(dist, MANIFEST_FILE));
  const { entry: _sourceEntry, ...source } = read(join(packageDir, MANIFEST_FILE));
  for (const key of new Set([...Object.keys(built), ...Object.keys(source)])) {
    const was = source[key];
    const is = built[key];
    if (!isDeepStrictEqual(was, is)) problems.push(`/${key}: the build changed it from ${JSON.stringify(was)} to ${JSON.stringify(is)}`);
  }
  // An icon is a file in the bundle, a URL or an emoji; only the first must be in dist/.
  if (typeof source.icon === 'string' && /^[\w./-]+\.\w+$/.test(source.icon) && !existsSync(join(dist, source.icon))) {
    problems.push(`/icon: dist/${source.icon} is missing`);
  }
  for (const file of (preload as string[] | undefined) ?? []) if (!existsSync(join(dist, file))) problems.push(`/preload: dist/${file} is missing`);
  return problems;
}
