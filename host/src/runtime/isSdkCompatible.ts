import satisfies from 'semver/functions/satisfies.js';

/**
 * Whether an app that needs the host API `range` can run on a host that provides `apiVersion`. node-semver, as the
 * registry uses to accept the range at publish (the federation runtime has a matcher too, but it lives in the
 * runtime's chunk, which the desktop loads only when an app opens; the check runs before that).
 */
export function isSdkCompatible(range: string, apiVersion: string): boolean {
  try {
    return satisfies(apiVersion, range);
  } catch {
    return false;
  }
}
