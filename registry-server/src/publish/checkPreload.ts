import { Errors } from '../errors.ts';
import { checkEntryPath } from './archivePath.ts';

/**
 * A bundle manifest's `preload` (the files opening ./app needs besides the entry), each checked to be a file of the
 * bundle, normalized like the entry (`./` dropped). Undefined when the manifest has no list. Throws
 * TOOLBOX_PRELOAD_INVALID naming the first wrong item, before anything is stored.
 */
export function checkPreload(preload: string[] | undefined, entry: string, files: Record<string, string>): string[] | undefined {
  if (preload === undefined) return undefined;
  const seen = new Set<string>();
  return preload.map((raw, index) => {
    const checked = checkEntryPath(raw);
    if ('unsafe' in checked) throw new Errors.PRELOAD_INVALID(index, raw, `is unsafe (${checked.unsafe})`);
    const { path } = checked;
    if (path === entry) throw new Errors.PRELOAD_INVALID(index, raw, 'is the entry, which the host loads anyway');
    if (!Object.hasOwn(files, path)) throw new Errors.PRELOAD_INVALID(index, raw, 'is not in the bundle');
    if (seen.has(path)) throw new Errors.PRELOAD_INVALID(index, raw, 'is listed twice');
    seen.add(path);
    return path;
  });
}
