import satisfies from 'semver/functions/satisfies.js';

const known = new Map<string, boolean>();

/**
 * Whether an app that needs the host API `range` can run on a host that provides `apiVersion`. node-semver, as the
 * registry uses to accept the range at publish. (The federation runtime has a matcher too, but it lives in the
 * runtime's chunk, which the host loads only when an app opens, after this check.) Answers are remembered: a range's
 * first check costs a few milliseconds of regular-expression work, which `warmSdkChecks` moves to idle time.
 */
export function isSdkCompatible(range: string, apiVersion: string): boolean {
  const key = `${apiVersion}\n${range}`;
  let answer = known.get(key);
  if (answer === undefined) {
    try {
      answer = satisfies(apiVersion, range);
    } catch {
      answer = false;
    }
    known.set(key, answer);
  }
  return answer;
}

/** Checks every range now, while the browser is idle, so that opening an app does not wait for the first check. */
export function warmSdkChecks(ranges: string[], apiVersion: string): void {
  const run = () => {
    for (const range of new Set(ranges)) isSdkCompatible(range, apiVersion);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
