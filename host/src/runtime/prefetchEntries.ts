import { whenIdle, type IdleScheduler } from '../whenIdle.ts';
import { bundleBase } from './appVersion.ts';

// Pinned apps are the ones a worker opens every day: when the browser is idle, fetch their entry and manifest into
// the HTTP cache (bundles are immutable), so the first open needs no network.

const prefetched = new Set<string>();

function addPrefetch(href: string): void {
  if (prefetched.has(href)) return;
  prefetched.add(href);
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = href;
  link.crossOrigin = 'anonymous';
  link.dataset.toolboxHost = '';
  document.head.append(link);
}

/**
 * Prefetches, once the browser is idle, each app's entry and the files opening it needs: the catalogue's `preload`
 * list, or mf-manifest.json (which names them) for an app published without one.
 */
export function prefetchEntries(apps: { entry: string; preload?: string[] }[], schedule: IdleScheduler = whenIdle): void {
  if (typeof document === 'undefined' || apps.length === 0) return;
  schedule(() => {
    for (const { entry, preload } of apps) {
      addPrefetch(entry);
      for (const href of preload ?? [`${bundleBase(entry)}mf-manifest.json`]) addPrefetch(href);
    }
  });
}
