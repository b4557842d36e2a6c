import { bundleFileType } from '../publish/bundleFileTypes.ts';

export interface BundleFileServing {
  type: string;
  /** Headers besides the type (the route adds nosniff, CORS and the cache headers to every file). */
  headers: Record<string, string>;
}

/**
 * A file that is not script may still be opened as a page on the desktop's origin (a link to an .svg, say): with
 * `sandbox` it gets an opaque origin of its own, so even script it carries cannot reach the desktop's cookies or API,
 * and `default-src 'none'` stops it running or loading anything at all. Scripts do not get it: a module script's
 * CSP header is ignored, and a worker started from one would be crippled.
 */
const NOT_SCRIPT = { 'content-security-policy': "sandbox; default-src 'none'" };
const SCRIPT_TYPE = 'text/javascript; charset=utf-8';

/**
 * How a published file is served: its type from the allow-list the publish checks against. A file of any other type
 * (published before the list existed) is served as a download, never rendered.
 */
export function bundleFileServing(path: string): BundleFileServing {
  const type = bundleFileType(path);
  if (type === SCRIPT_TYPE) return { type, headers: {} };
  if (type) return { type, headers: NOT_SCRIPT };
  return { type: 'application/octet-stream', headers: { ...NOT_SCRIPT, 'content-disposition': 'attachment' } };
}
