import { satisfy } from '@module-federation/runtime';

/**
 * Whether an app that needs the host API `range` can run on a host that provides `apiVersion`. Uses the semver
 * matcher the federation runtime already ships (it checks shared versions with it), so the host carries no second one.
 */
export function isSdkCompatible(range: string, apiVersion: string): boolean {
  try {
    return satisfy(apiVersion, range);
  } catch {
    return false;
  }
}
