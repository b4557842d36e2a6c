import { getAppNames, registerApplication, unregisterApplication } from 'single-spa';
import type { CatalogItem } from '@toolbox/sdk';
import type { AppRuntime } from './createAppRuntime.ts';

/** The route of an app: `/app/<id>` and anything below it (an app may route inside itself). */
export function appPath(id: string): string {
  return `/app/${encodeURIComponent(id)}`;
}

/** The app id of `/app/<id>[/…]`, or undefined on the desktop. */
export function appIdFromPath(path: string): string | undefined {
  const match = /^\/app\/([^/]+)/.exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

export function isAppActive(id: string, location: Location | URL): boolean {
  const path = appPath(id);
  return location.pathname === path || location.pathname.startsWith(`${path}/`);
}

/**
 * Registers one single-spa application per catalogue entry, active on `/app/<id>`. Apps no longer in the catalogue
 * (after a logout or a catalogue refresh) are unregistered. `where` maps the location single-spa judges (route.ts holds
 * an opening app's path before its URL is written).
 */
export async function registerApps(
  runtime: AppRuntime,
  items: CatalogItem[],
  where: (location: Location) => Location | URL = (location) => location,
): Promise<void> {
  runtime.setCatalog(items);
  const wanted = new Set(items.map((i) => i.id));
  const existing = new Set(getAppNames());
  for (const name of existing) if (!wanted.has(name)) await unregisterApplication(name);
  for (const item of items) {
    if (existing.has(item.id)) continue;
    registerApplication({
      name: item.id,
      app: async () => runtime.lifecyclesFor(item.id),
      activeWhen: (location) => isAppActive(item.id, where(location)),
    });
  }
}
