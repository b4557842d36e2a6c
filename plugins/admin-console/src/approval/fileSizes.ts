import type { VersionDiff } from '../api/types.ts';

/** Bytes as a reviewer reads them: `812 B`, `14.2 KB`, `1.3 MB` (binary units, one decimal). */
export function formatSize(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${bytes} B`;
  if (abs < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A signed change in size: `+14.2 KB`, `−812 B`, `±0 B`. */
export function formatSizeChange(delta: number): string {
  if (delta === 0) return '±0 B';
  const sign = delta > 0 ? '+' : '−';
  return `${sign}${formatSize(Math.abs(delta))}`;
}

/** How much the version grows or shrinks against the current one, over the files that differ. */
export function totalSizeChange(files: VersionDiff['files']): number {
  const added = files.added.reduce((sum, f) => sum + f.size, 0);
  const removed = files.removed.reduce((sum, f) => sum + f.size, 0);
  const changed = files.changed.reduce((sum, f) => sum + (f.toSize - f.fromSize), 0);
  return added - removed + changed;
}
