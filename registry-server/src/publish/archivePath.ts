/**
 * The normalized path of an archive entry, or why it is unsafe. Nothing may land outside the bundle directory:
 * no absolute paths, no drive letters, no backslashes (Windows separators), no `..` segments, no NUL.
 */
export function checkEntryPath(raw: string): { path: string } | { unsafe: string } {
  if (raw.includes('\0')) return { unsafe: 'NUL in the name' };
  if (raw.includes('\\')) return { unsafe: 'backslash in the name' };
  if (raw.startsWith('/') || /^[a-zA-Z]:/.test(raw)) return { unsafe: 'absolute path' };
  const segments = raw.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return { unsafe: 'path goes up with ..' };
  return { path: segments.join('/') };
}
