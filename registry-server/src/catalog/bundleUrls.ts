/** `<origin>/bundles/<app>/<version>/<file>`, each path segment escaped. */
export function bundleUrl(origin: string, app: string, version: string, file: string): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${origin}/bundles/${encodeURIComponent(app)}/${encodeURIComponent(version)}/${path}`;
}

/**
 * A manifest's icon is a bundle file, an http(s) URL or an emoji. Files resolve against the bundle, or against the
 * entry URL of an app deployed elsewhere; something that looks like a file but is not there yields no icon.
 */
export function resolveIcon(
  icon: string | null,
  target: { origin: string; app: string; version: string; kind: 'bundle' | 'external' | 'form'; entry: string; files: Record<string, string> },
): string | undefined {
  if (!icon) return undefined;
  if (/^https?:\/\//i.test(icon)) return icon;
  const looksLikeFile = /^[\w./-]+\.[a-z0-9]+$/i.test(icon);
  if (!looksLikeFile) return icon;
  if (target.kind === 'external') {
    try {
      return new URL(icon, target.entry).href;
    } catch {
      return undefined;
    }
  }
  const file = icon.replace(/^\.\//, '');
  return target.files[file] !== undefined ? bundleUrl(target.origin, target.app, target.version, file) : undefined;
}
