/**
 * The only files a bundle may hold, by extension, with the Content-Type each is served with. One list for the publish
 * (which refuses anything else) and for `/bundles/` (which serves with these types): a remote needs scripts, styles,
 * data, images, fonts and wasm, and nothing a browser would render as a page on the desktop's origin (no .html, .xml,
 * .xhtml, and no file without an extension, which a browser might sniff). SVG can carry script when opened as a
 * document, so the server adds `Content-Security-Policy: sandbox` to every file that is not script.
 */
export const BUNDLE_FILE_TYPES: ReadonlyMap<string, string> = new Map([
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.png', 'image/png'],
  ['.jpg', 'image/jpeg'],
  ['.jpeg', 'image/jpeg'],
  ['.gif', 'image/gif'],
  ['.webp', 'image/webp'],
  ['.avif', 'image/avif'],
  ['.svg', 'image/svg+xml'],
  ['.ico', 'image/x-icon'],
  ['.woff', 'font/woff'],
  ['.woff2', 'font/woff2'],
  ['.ttf', 'font/ttf'],
  ['.otf', 'font/otf'],
  ['.wasm', 'application/wasm'],
  // Licence notices that bundlers write next to chunks (`chunk.js.LICENSE.txt`): plain text, harmless with nosniff.
  ['.txt', 'text/plain; charset=utf-8'],
]);

/** The extension of a bundle path, lower-cased, with its dot; '' when the last segment has none (or is a dotfile). */
export function bundleFileExtension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The Content-Type a bundle file is served with, or undefined when the bundle may not hold such a file. */
export function bundleFileType(path: string): string | undefined {
  return BUNDLE_FILE_TYPES.get(bundleFileExtension(path));
}
