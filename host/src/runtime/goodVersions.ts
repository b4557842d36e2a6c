import { whenIdle } from '../whenIdle.ts';

// Versions that mounted fine on this browser, so that "use the last good version" offers one that worked here.
const KEY = 'toolbox.goodVersions';

function read(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Remembers that `version` of `appId` mounted here. Written when the browser is idle: the mount that proves it is the
 * moment the app renders its first screen, and a localStorage write costs about a millisecond in Chromium.
 */
export function rememberGoodVersion(appId: string, version: string): void {
  whenIdle(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify({ ...read(), [appId]: version }));
    } catch {
      // Private mode or a full quota: the offer then falls back to the newest compatible version.
    }
  });
}

export function lastGoodVersion(appId: string): string | undefined {
  return read()[appId];
}
