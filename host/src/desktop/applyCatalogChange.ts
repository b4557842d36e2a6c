import type { CatalogItem } from '@toolbox/sdk';
import { mergeCatalog } from '../api/mergeCatalog.ts';
import type { Route } from '../route.ts';
import type { AppRuntime } from '../runtime/createAppRuntime.ts';
import { wasPulled } from '../runtime/pulledVersion.ts';
import { registerApps } from '../runtime/registerApps.ts';

// One change at a time: registering follows single-spa's reroutes, and a second change must start from the first.
let queue: Promise<unknown> = Promise.resolve();
// Apps that left the catalogue while open here, and were closed: their page says so (MissingAppPage).
const stopped = new Set<string>();

/** Whether the app `id` left the catalogue while it was open on this page, and was closed for it. */
export function stoppedWhileOpen(id: string): boolean {
  return stopped.has(id);
}

/**
 * Takes a catalogue read while the desktop stays open (watchCatalog), when it differs from the one shown (`shown()`,
 * read when this change's turn comes). First what must not go on running stops: an open app that left the catalogue
 * (retired, no longer visible to this user) is closed, and so is an open version the catalogue pulled (a rollback,
 * runtime/pulledVersion.ts), whose frame then says so. Then the runtime and single-spa take the catalogue, so every next
 * open loads what it says (not a module kept from before), and apps that left are unregistered. Gives back the
 * catalogue to show, whose unchanged items are the same objects as before, or undefined when nothing changed or the
 * desktop was signed out of meanwhile (`live()`).
 *
 * A chunk of its own: the catalogue seldom changes under an open desktop, and the desktop's first load does without it
 * (it is fetched at the first check that reads a catalogue).
 */
export function applyCatalogChange(
  wiring: { runtime: AppRuntime; route: Pick<Route, 'where'> },
  shown: () => readonly CatalogItem[],
  items: CatalogItem[],
  live: () => boolean,
): Promise<CatalogItem[] | undefined> {
  const next = queue.then(async () => {
    const before = shown();
    const catalog = live() ? mergeCatalog(before, items) : undefined;
    if (!catalog) return undefined;
    const { runtime } = wiring;
    const now = new Map(catalog.map((item) => [item.id, item]));
    for (const { id } of before) {
      const running = runtime.running(id);
      const item = now.get(id);
      if (!running || (item && !wasPulled(running, item))) continue;
      if (!item) stopped.add(id);
      runtime.withdraw(id, Boolean(item));
    }
    await registerApps(runtime, catalog, wiring.route.where);
    return catalog;
  });
  queue = next.catch(() => undefined);
  return next;
}
