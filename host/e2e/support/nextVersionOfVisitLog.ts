import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './startProduct.ts';

/**
 * visit-log's build under the next minor version (`1.1.0`, or `1.1.0-<preRelease>`; `minors` further for a later one:
 * `1.2.0`), in a temporary folder: what dev publishes next. Its entry sets `globalThis.__visitLogBuild` to that
 * version, so a test can tell which build runs.
 */
export function nextVersionOfVisitLog(preRelease?: string, minors = 1): { dir: string; version: string } {
  const dir = mkdtempSync(join(tmpdir(), 'toolbox-next-'));
  cpSync(join(repoRoot, 'plugins/visit-log/dist'), dir, { recursive: true });
  const manifestFile = join(dir, 'toolbox.manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string; files?: Record<string, string> };
  const [major, minor] = manifest.version.split('.').map(Number);
  manifest.version = `${major}.${(minor ?? 0) + minors}.0${preRelease ? `-${preRelease}` : ''}`;
  const entryFile = join(dir, 'remoteEntry.js');
  appendFileSync(entryFile, `\nglobalThis.__visitLogBuild = ${JSON.stringify(manifest.version)};\n`);
  if (manifest.files?.['remoteEntry.js']) manifest.files['remoteEntry.js'] = createHash('sha256').update(readFileSync(entryFile)).digest('hex');
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return { dir, version: manifest.version };
}
