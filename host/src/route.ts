import { navigateToUrl, triggerAppChange } from 'single-spa';


/**
 * Where the desktop is: the page's URL, except while an app opens. A new history entry costs Chromium's browser
 * process 10–20 ms of CPU on a 2-core machine (session history, the history database; measured with traces, see
 * docs/architecture.md), and on the click that opens an app that work competed with the app's code, its data read
 * and the server answering it. So opening an app starts it at once with its path held here, and the URL is written
 * just before the app mounts (`commit`, called by the runtime), so the app's own router still reads its path from
 * the URL; or when it fails; or after `commitLatestMs` at the latest. Every other navigation (the desktop, a path inside
the open app) writes the URL at once.
 *
 * The held path is dropped as soon as the page's URL moves under it (Back, Forward, an app's own pushState): it
 * holds only for the URL it was set on.
 */
export interface Route {
  /** The path the desktop shows. */
  path(): string;
  /** The location single-spa's activity functions are to judge: the held one while an app opens. */
  where(location: Location | URL): Location | URL;
  subscribe(listener: () => void): () => void;
  go(to: string): void;
  /** Writes a held path into the history now (when it is `path` or below it, if given). */
  commit(under?: string): void;
}

export function createRoute(appOf: (pathname: string) => string | undefined, commitLatestMs = 1000): Route {
  let held: { url: URL; from: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  const current = () => {
    if (held && held.from !== location.href) held = undefined;
    return held?.url;
  };
  const drop = () => {
    held = undefined;
    clearTimeout(timer);
  };
  const commit = (under?: string) => {
    const url = current();
    if (!url || (under !== undefined && url.pathname !== under && !url.pathname.startsWith(`${under}/`))) return;
    drop();
    // single-spa's pushState: its reroute then finds the app already active, and its popstate tells the listeners.
    navigateToUrl(url.href);
  };

  return {
    path: () => (current() ?? location).pathname,
    where: (loc) => current() ?? loc,
    subscribe(listener) {
      listeners.add(listener);
      // single-spa turns every pushState into a popstate event once started, so this also follows the apps' routing.
      window.addEventListener('popstate', listener);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('popstate', listener);
      };
    },
    go(to) {
      const url = new URL(to, location.href);
      drop();
      if (url.href === location.href) {
        // Back where the URL already is (an open was left before its URL was written): just reroute.
        notify();
        void triggerAppChange();
      } else if (url.origin === location.origin && appOf(url.pathname) !== undefined && appOf(url.pathname) !== appOf(location.pathname)) {
        // Opening another app. (A path inside the open app is its own routing: written at once.)
        held = { url, from: location.href };
        timer = setTimeout(commit, commitLatestMs);
        notify();
        void triggerAppChange();
      } else {
        navigateToUrl(url.href);
      }
    },
    commit,
  };
}
