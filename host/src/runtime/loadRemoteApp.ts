import { loadRemote, registerRemotes } from '@module-federation/runtime';
import { remoteName } from '@toolbox/sdk';
import type { AppVersion } from './appVersion.ts';

const registered = new Map<string, string>();

/**
 * The entry URL to load after `failures` failed loads: a retry asks again under a distinct URL, since a browser keeps
 * a failed module import in its module map for the page's lifetime.
 */
export function entryForAttempt(version: AppVersion, failures: number): string {
  if (failures <= 0) return version.entry;
  return `${version.entry}${version.entry.includes('?') ? '&' : '?'}retry=${failures}`;
}

/**
 * Registers the app's remote with the Module Federation runtime (nothing is known at build time) and loads its
 * `./app` module. Registering again with another entry (an earlier version, a retry) replaces the old one: `force`
 * drops the runtime's cache of the previous entry.
 */
export async function loadRemoteApp(appId: string, entry: string): Promise<unknown> {
  const name = remoteName(appId);
  if (registered.get(name) !== entry) {
    registerRemotes([{ name, entry, type: 'module' }], { force: registered.has(name) });
    registered.set(name, entry);
  }
  const module = await loadRemote<unknown>(`${name}/app`);
  if (module == null) throw new Error(`${name}/app is empty`);
  return module;
}
