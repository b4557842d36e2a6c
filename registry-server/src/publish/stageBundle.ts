import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '@toolbox/sdk';
import { Errors } from '../errors.ts';
import type { Limits } from '../options.ts';
import { checkPreload } from './checkPreload.ts';
import { extractArchive } from './extractArchive.ts';
import { hashTree } from './hashTree.ts';
import { inspectArchive } from './inspectArchive.ts';
import { validateManifest } from './validateManifest.ts';

export const MANIFEST_FILE = 'toolbox.manifest.json';

export interface StagedBundle {
  /** The directory that becomes `<dataDir>/<app>/<version>`. */
  dir: string;
  manifest: Manifest;
  /** Every file → sha256 hex. */
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
  if (tops.size === 1 && top && files.includes(`${top}/${MANIFEST_FILE}`)) return `${top}/`;
  throw new Errors.MANIFEST_MISSING();
}

/** Checks, unpacks into `stagingDir` and verifies an uploaded archive. Throws before anything leaves the staging dir. */
export async function stageBundle(archive: string, stagingDir: string, limits: Limits): Promise<StagedBundle> {
  const listing = await inspectArchive(archive, limits);
  const prefix = bundleRoot(listing.files);
  const raw = join(stagingDir, 'raw');
  await extractArchive(archive, listing.format, raw);
  const dir = prefix ? join(raw, prefix) : raw;

  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
  } catch (error) {
    throw new Errors.MANIFEST_INVALID(`${MANIFEST_FILE} is not valid JSON (${(error as Error).message})`);
  }
  const manifest = validateManifest(parsed);
  const files = await hashTree(dir);
  if (prefix) {
    // Files outside the top folder would be dropped silently: refuse instead.
    const outside = listing.files.find((f) => !f.startsWith(prefix));
    if (outside) throw new Errors.MANIFEST_MISSING();
  }

  for (const [path, expected] of Object.entries(manifest.files ?? {})) {
    const actual = files[path];
    if (actual === undefined) throw new Errors.BUNDLE_HASH_MISMATCH(path, 'the file is not in the bundle');
    if (actual !== expected) throw new Errors.BUNDLE_HASH_MISMATCH(path, `sha256 is ${actual}, the manifest says ${expected}`);
  }
  const entry = manifest.entry.replace(/^\.\//, '');
  if (files[entry] === undefined) throw new Errors.ENTRY_NOT_FOUND(manifest.entry);
  const preload = checkPreload(manifest.preload, entry, files);
  return { dir, manifest: { ...manifest, entry }, files, preload };
}
