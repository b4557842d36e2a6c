import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '@toolbox/sdk';
import { Errors } from '../errors.ts';
import type { Limits } from '../options.ts';
import { checkEntryPath } from './archivePath.ts';
import { checkPreload } from './checkPreload.ts';
import { unpackArchive } from './unpackArchive.ts';
import { validateManifest } from './validateManifest.ts';

export const MANIFEST_FILE = 'toolbox.manifest.json';

export interface StagedBundle {
  /** The directory that becomes `<dataDir>/<app>/<version>`. */
  dir: string;
  manifest: Manifest;
  /** Every file → sha256 hex (own properties only: look files up with Object.hasOwn). */
  files: Record<string, string>;
  /** manifest.preload, checked and normalized; undefined when the manifest has none. */
  preload: string[] | undefined;
}

/**
 * The manifest sits at the archive's root, or inside one top folder (`dist/…`, `package/…`) that tools add:
 * returns that folder's prefix.
 */
function bundleRoot(files: string[]): string {
  if (files.includes(MANIFEST_FILE)) return '';
  const tops = new Set(files.map((f) => f.split('/')[0]));
  const [top] = [...tops];
  // One top folder and nothing beside it: files outside it would otherwise be dropped silently.
  if (tops.size === 1 && top && files.includes(`${top}/${MANIFEST_FILE}`)) return `${top}/`;
  throw new Errors.MANIFEST_MISSING();
}

/** A manifest path (entry, preload item, files key) normalized, or a 400 naming the field: never looked up raw. */
function manifestPath(field: string, raw: string): string {
  const checked = checkEntryPath(raw);
  if ('unsafe' in checked) throw new Errors.MANIFEST_INVALID(`${field} "${raw}" is unsafe (${checked.unsafe})`);
  if (checked.path === '') throw new Errors.MANIFEST_INVALID(`${field} must name a file of the bundle`);
  return checked.path;
}

/** Unpacks (off the main thread, within the limits) into `stagingDir` and verifies an uploaded archive. */
export async function stageBundle(archive: string, stagingDir: string, limits: Limits): Promise<StagedBundle> {
  const raw = join(stagingDir, 'raw');
  const stored = await unpackArchive(archive, raw, limits);
  const prefix = bundleRoot([...stored.keys()]);
  const dir = prefix ? join(raw, prefix) : raw;
  // Object.fromEntries defines own properties, so a file called `__proto__.js` or `constructor.js` is just a key.
  const files: Record<string, string> = Object.fromEntries(
    [...stored].map(([path, file]) => [path.slice(prefix.length), file.sha256] as const).sort(([a], [b]) => a.localeCompare(b)),
  );

  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
  } catch (error) {
    throw new Errors.MANIFEST_INVALID(`${MANIFEST_FILE} is not valid JSON (${(error as Error).message})`);
  }
  const manifest = validateManifest(parsed);

  for (const [rawPath, expected] of Object.entries(manifest.files ?? {})) {
    const path = manifestPath(`manifest/files/${rawPath}`, rawPath);
    if (!Object.hasOwn(files, path)) throw new Errors.BUNDLE_HASH_MISMATCH(rawPath, 'the file is not in the bundle');
    if (files[path] !== expected) throw new Errors.BUNDLE_HASH_MISMATCH(rawPath, `sha256 is ${files[path]}, the manifest says ${expected}`);
  }
  const entry = manifestPath('manifest/entry', manifest.entry);
  if (!Object.hasOwn(files, entry)) throw new Errors.ENTRY_NOT_FOUND(manifest.entry);
  const preload = checkPreload(manifest.preload, entry, files);
  return { dir, manifest: { ...manifest, entry }, files, preload };
}
