import type { AppVersion } from './appVersion.ts';

/**
 * The entry URL to load after `failures` failed loads: a retry asks again under a distinct URL, since a browser keeps
 * a failed module import in its module map for the page's lifetime.
 */
export function entryForAttempt(version: AppVersion, failures: number): string {
  if (failures <= 0) return version.entry;
  return `${version.entry}${version.entry.includes('?') ? '&' : '?'}retry=${failures}`;
}

let federation: Promise<typeof import('./federation.ts')> | undefined;

/**
 * The Module Federation runtime, in its own chunk: started when an app is first opened, alongside the app's files.
 * A failed download is tried again on the next open.
 */
export function loadFederation(): Promise<typeof import('./federation.ts')> {
  federation ??= import('./federation.ts').catch((error: unknown) => {
    federation = undefined;
    throw error;
  });
  return federation;
}

/** Registers the app's remote with the federation runtime and loads its `./app` module (see federation.ts). */
export async function loadRemoteApp(appId: string, entry: string): Promise<unknown> {
  const { loadApp } = await loadFederation();
  return loadApp(appId, entry);
}
