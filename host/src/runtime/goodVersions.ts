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

export function rememberGoodVersion(appId: string, version: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...read(), [appId]: version }));
  } catch {
    // Private mode or a full quota: the offer then falls back to the newest compatible version.
  }
}

export function lastGoodVersion(appId: string): string | undefined {
  return read()[appId];
}
