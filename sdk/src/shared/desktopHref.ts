import { ToolboxSdkError } from '../errors.ts';

/**
 * Where `toolbox.navigate(to)` of the app `appId` goes, as an absolute URL of the desktop showing `page`: `./x` below
 * the app's own route, anything else resolved against the page. The contract is "a path of the desktop", and only
 * that is taken: the page's own origin, and `/` or `/app/<id>` (and below). Everything else throws
 * `TOOLBOX_NAVIGATE_REFUSED`, naming `to`: another site or origin (`https://…`, `//host/…`), `javascript:` and `data:`
 * URLs, and paths that are not the desktop's (`/api/…`, `/bundles/…`, a `./../..` that climbs out of the app).
 * The host and the test double (`createMockToolbox`) both go through it, so a test sees the refusal production gives.
 */
export function desktopHref(to: string, appId: string, page: string): string {
  let url: URL | undefined;
  try {
    url = new URL(to.startsWith('./') ? `/app/${encodeURIComponent(appId)}/${to.slice(2)}` : to, page);
  } catch {
    // Not a URL at all (or not a string): refused below.
  }
  if (url?.origin !== new URL(page).origin || !/^\/(app\/|$)/.test(url.pathname)) throw new ToolboxSdkError('TOOLBOX_NAVIGATE_REFUSED', [JSON.stringify(String(to))]);
  return url.href;
}
