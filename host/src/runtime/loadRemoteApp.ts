import { remoteName } from '@toolbox/sdk';
import type { AppVersion } from './appVersion.ts';

/**
 * The entry URL to load after `failures` failed loads: a retry asks again under a distinct URL, since a browser keeps
 * a failed module import in its module map for the page's lifetime.
 */
export function entryForAttempt(version: AppVersion, failures: number): string {
  if (failures <= 0) return version.entry;
  return `${version.entry}${version.entry.includes('?') ? '&' : '?'}retry=${failures}`;
}

/** A dynamic import kept once; a failed download is forgotten, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/**
 * The Module Federation runtime, in its own chunk: loaded when the desktop is idle (hostWiring.ts), or by the first
 * open if that comes sooner. Every open needs it before the app's entry can run, so no open should wait for it.
 */
export const loadFederation = once(() => import('./federation.ts'));

/**
 * The SDK's namespace as apps receive it (sdkShare.ts): requested at the first sign of an open, beside the app's
 * files, and awaited only when the app's code asks for it.
 */
export const loadSdkShare = once(() => import('./sdkShare.ts'));

/** Registers the app's remote with the federation runtime and loads its `./app` module (see federation.ts). */
export async function loadRemoteApp(appId: string, entry: string): Promise<unknown> {
  const { loadApp } = await loadFederation();
  // Named here, in the desktop's chunk: remoteName would otherwise be a chunk of its own, shared by the runtime's
  // chunk and the SDK's (sdkShare.ts).
  return loadApp(remoteName(appId), entry);
}
