import type { CatalogItem } from '@toolbox/sdk';
import { getCatalog } from '@toolbox/sdk/api/client';
import { raw } from './http.ts';

export interface CatalogWatchOptions {
  /** Time between two checks while the page is visible. */
  intervalMs: number;
  /**
   * Called with the catalogue each time it changed (its ETag differs from the last one seen). When what it returns
   * rejects, the change is not taken as seen: the next check reads the catalogue again.
   */
  onChange(items: CatalogItem[]): unknown;
}

/**
 * Notices a changed catalogue (a new current version, a rollback) while the desktop stays open: a conditional
 * `GET /api/catalog` (If-None-Match: the server answers 304 with no body while nothing changed) on a light poll, and
 * at once when the window gets the focus back or the tab becomes visible. A hidden tab is not polled. A failed check
 * is ignored: the next one tries again. Returns the function that stops it.
 */
export function watchCatalog(options: CatalogWatchOptions): () => void {
  let etag: string | undefined;
  let last = 0;
  let running = false;
  const check = async () => {
    // Focus and visibility often come together; one check is enough.
    if (running || Date.now() - last < Math.min(5000, options.intervalMs)) return;
    running = true;
    last = Date.now();
    try {
      // The server answers `private, no-cache`, so the browser revalidates; an unchanged catalogue is a 304, which
      // the client rejects like any other failed check (ignored below).
      const response = await raw(getCatalog, { headers: etag ? { 'if-none-match': etag } : {} });
      if (response.status !== 200) return;
      const body = (await response.json()) as { items: CatalogItem[] };
      const seen = response.headers.get('etag') ?? undefined;
      await options.onChange(body.items);
      etag = seen;
    } catch {
      // Offline or signed out: the desktop's own calls say so.
    } finally {
      running = false;
    }
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') void check();
  };
  const timer = setInterval(() => {
    if (document.visibilityState !== 'hidden') void check();
  }, options.intervalMs);
  window.addEventListener('focus', onVisible);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    window.removeEventListener('focus', onVisible);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
