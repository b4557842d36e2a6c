import { getAppStatus, MOUNTED, MOUNTING } from 'single-spa';

/**
 * Whether single-spa holds the app `id` mounted (or mounting): single-spa is the one state machine of an app's
 * lifecycle. Undefined for an app single-spa does not know (a runtime used on its own, as in the unit tests).
 */
export function isMountedInSingleSpa(id: string): boolean | undefined {
  const status = getAppStatus(id);
  if (status === null) return undefined;
  return status === MOUNTED || status === MOUNTING;
}
