import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isToolboxSdkError, type FieldError, type SdkErrorCode } from '../errors.ts';
import { validateManifest } from '../manifest/validateManifest.ts';
import { escapePointer } from '../shared/jsonPointer.ts';
import type { Manifest } from '../shared/types.ts';
import { hashDirectory } from './vite/hashDirectory.ts';
import { MANIFEST_FILE, readManifest } from './vite/readManifest.ts';

/** One problem `validateBundle` found: a stable code, the JSON path or file it concerns, and a message. */
export interface BundleProblem {
  code: SdkErrorCode;
  /** A JSON pointer into the manifest (`/owner/contact`) or a file path inside `dist/` (`dist/remoteEntry.js`). */
  path: string;
  message: string;
  /** The manifest field error behind a TOOLBOX_MANIFEST_INVALID, so the CLI can word it in the reader's language. */
  field?: FieldError;
  /** The values of the code's message template (errors.ts), likewise. */
  args?: string[];
}

/** What `validateBundle` concluded; `manifest` is the built manifest when it could be read. */
export interface BundleReport {
  ok: boolean;
  problems: BundleProblem[];
  manifest?: Manifest;
  distDir: string;
}

/**
 * Checks an app project (its `toolbox.manifest.json`) and its built `dist/`: the built manifest is valid, its entry
 * exists, every listed file exists with the listed sha256, and no file is unlisted. `dir` may also be a `dist/` itself.
 */
export async function validateBundle(dir: string): Promise<BundleReport> {
  const root = resolve(dir);
  const problems: BundleProblem[] = [];
  const isDist = existsSync(join(root, MANIFEST_FILE)) && !existsSync(join(root, 'package.json')) && existsSync(join(root, 'mf-manifest.json'));
  const distDir = isDist ? root : join(root, 'dist');

  let source: Manifest | undefined;
  if (!isDist) {
    try {
      source = readManifest(root);
    } catch (error) {
      if (!isToolboxSdkError(error)) throw error;
      if (error.details.length) for (const d of error.details) problems.push({ code: error.code, path: d.path, message: d.message, field: d });
      else problems.push({ code: error.code, path: MANIFEST_FILE, message: error.message, args: error.args.map(String) });
      return { ok: false, problems, distDir };
    }
  }

  const builtFile = join(distDir, MANIFEST_FILE);
  if (!existsSync(builtFile)) {
    problems.push({ code: 'TOOLBOX_DIST_MISSING', path: `dist/${MANIFEST_FILE}`, message: `No built bundle at ${distDir}: run \`toolbox build\` first`, args: [distDir] });
    return { ok: false, problems, distDir };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(builtFile, 'utf8'));
  } catch (error) {
    problems.push({ code: 'TOOLBOX_MANIFEST_UNREADABLE', path: `dist/${MANIFEST_FILE}`, message: (error as Error).message, args: [distDir, (error as Error).message] });
    return { ok: false, problems, distDir };
  }
  const result = validateManifest(parsed);
  if (!result.ok) {
    for (const e of result.errors) problems.push({ code: 'TOOLBOX_MANIFEST_INVALID', path: e.path, message: e.message, field: e });
    return { ok: false, problems, distDir };
  }
  const manifest = result.manifest;

  if (source && (source.id !== manifest.id || source.version !== manifest.version)) {
    problems.push({
      code: 'TOOLBOX_MANIFEST_INVALID',
      path: source.id !== manifest.id ? '/id' : '/version',
      message: `dist/ was built from ${manifest.id}@${manifest.version} but the project is ${source.id}@${source.version}: run \`toolbox build\` again`,
      args: [`${manifest.id}@${manifest.version}`, `${source.id}@${source.version}`],
    });
  }
  const entryFile = join(distDir, manifest.entry);
  if (!/^https?:\/\//.test(manifest.entry) && !(existsSync(entryFile) && statSync(entryFile).isFile())) {
    problems.push({ code: 'TOOLBOX_DIST_ENTRY_MISSING', path: '/entry', message: `The entry ${manifest.entry} is not in dist/`, args: [manifest.entry] });
  }
  const listed = manifest.files ?? {};
  const onDisk = await hashDirectory(distDir, new Set([MANIFEST_FILE]));
  for (const [file, hash] of Object.entries(listed)) {
    const pointer = `/files/${escapePointer(file)}`;
    if (!(file in onDisk)) problems.push({ code: 'TOOLBOX_DIST_FILE_MISSING', path: pointer, message: `dist/${file} is listed but missing`, args: [`dist/${file}`] });
    else if (onDisk[file] !== hash) problems.push({ code: 'TOOLBOX_DIST_HASH_MISMATCH', path: pointer, message: `the sha256 of dist/${file} does not match`, args: [`dist/${file}`] });
  }
  for (const file of Object.keys(onDisk)) {
    if (!(file in listed)) problems.push({ code: 'TOOLBOX_DIST_FILE_UNLISTED', path: `dist/${file}`, message: 'this file is not in the manifest\'s files: run `toolbox build` again', args: [`dist/${file}`] });
  }
  return { ok: problems.length === 0, problems, manifest, distDir };
}
