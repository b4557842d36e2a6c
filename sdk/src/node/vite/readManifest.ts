import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolboxSdkError } from '../../errors.ts';
import { formatFieldErrors } from '../../manifest/formatFieldErrors.ts';
import { validateManifest } from '../../manifest/validateManifest.ts';
import type { Manifest } from '../../shared/types.ts';

/** The file name of a light app's manifest, in its project root and in its built `dist/`. */
export const MANIFEST_FILE = 'toolbox.manifest.json';
/** The remote entry every build writes, and the default `entry` of a source manifest. */
export const DEFAULT_ENTRY = 'remoteEntry.js';

/**
 * Reads and validates `<dir>/toolbox.manifest.json`. A source manifest may leave out `entry` (the build writes
 * `remoteEntry.js`) and `files` (the build computes them).
 */
export function readManifest(dir: string): Manifest {
  const file = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ToolboxSdkError('TOOLBOX_MANIFEST_NOT_FOUND', [dir]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ToolboxSdkError('TOOLBOX_MANIFEST_UNREADABLE', [dir, (error as Error).message]);
  }
  const withEntry =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { entry: DEFAULT_ENTRY, ...parsed } : parsed;
  const result = validateManifest(withEntry);
  if (!result.ok) {
    throw new ToolboxSdkError('TOOLBOX_MANIFEST_INVALID', [`\n${formatFieldErrors(result.errors)}`], result.errors);
  }
  return result.manifest;
}
