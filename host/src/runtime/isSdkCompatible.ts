type Satisfy = (version: string, range: string) => boolean;
let satisfy: Satisfy | undefined;
const known = new Map<string, boolean>();

/**
 * Loads the semver matcher the SDK check uses: the federation runtime's own (`satisfy`), in a small chunk of its own
 * (semver.ts), without the rest of the runtime.
 */
export async function loadSdkChecks(): Promise<void> {
  satisfy ??= (await import('./semver.ts')).satisfy;
}

/** Whether `isSdkCompatible` can answer yet. */
export function sdkChecksReady(): boolean {
  return satisfy !== undefined;
}

/**
 * Whether an app that needs the host API `range` can run on a host that provides `apiVersion`. Call
 * `loadSdkChecks` first: until then every range is refused.
 */
export function isSdkCompatible(range: string, apiVersion: string): boolean {
  if (!satisfy) return false;
  const key = `${apiVersion}\n${range}`;
  let answer = known.get(key);
  if (answer === undefined) {
    try {
      answer = satisfy(apiVersion, range);
    } catch {
      answer = false;
    }
    known.set(key, answer);
  }
  return answer;
}

/** Checks every range now (call it while the browser is idle), so that opening an app does not wait for it. */
export function warmSdkChecks(ranges: string[], apiVersion: string): void {
  for (const range of new Set(ranges)) isSdkCompatible(range, apiVersion);
}
