/**
 * A path of this site to come back to after signing in, or `/`. Only a plain absolute path: `//host`, `/\host` and
 * anything with a scheme would send the browser elsewhere (an open redirect).
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 512) return '/';
  if (!/^\/(?![/\\])[^\s\\]*$/.test(value)) return '/';
  return value;
}
