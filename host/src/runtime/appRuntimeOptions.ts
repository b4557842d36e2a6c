import type { CatalogItem, ToolboxContext, UsageEventType } from '@toolbox/sdk';
import type { AppVersion } from './appVersion.ts';
import type { Leftovers } from './leftoverWatch.ts';
import type { IntegrityMode } from './verifyIntegrity.ts';

/** How long a re-open of a loaded app may keep the desktop in view while it waits for its data, before its frame shows. */
export const SHOW_FRAME_MS = 100;

/**
 * How long the host's unmount (the lifecycle single-spa awaits) waits for the app's own before it empties the frame and
 * returns: single-spa runs one route change at a time, so an app whose unmount never settles would otherwise hold the
 * desktop and every other app's open for the whole timeout. The app's unmount goes on under the timeout meanwhile.
 */
export const UNMOUNT_GRACE_MS = 100;

/** Where the desktop is, as far as the runtime must know: whether the route of an app is still the one shown. */
export interface AppRoute {
  /** Whether `/app/<id>` (or below it) is the route shown now, a path held while an app opens included (route.ts). */
  isActive(appId: string): boolean;
  /** Calls `listener` on every change of the route; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

export interface AppRuntimeOptions {
  /** The host API version (SDK_API_VERSION) checked against each app's `sdk` range. */
  apiVersion: string;
  /** How long loading, bootstrap and mount may each take. */
  timeoutMs?: number;
  /** Warn about what an app leaves behind after unmount (development). */
  devWarnings?: boolean;
  integrityMode?: IntegrityMode;
  createContext(item: CatalogItem, version: AppVersion): ToolboxContext;
  report(app: string, type: UsageEventType): void;
  onLeftovers?(appId: string, leftovers: Leftovers): void;
  /** Loads the module a remote exposes as `./app`; the default goes through the Module Federation runtime. */
  loadModule?(appId: string, entry: string): Promise<unknown>;
  /**
   * Runs an app's mount so that the first render it schedules happens at once (the host passes React's flushSync).
   * single-spa calls mount from a promise, after the click's event has ended: React would otherwise treat the app's
   * first render as a background update, paint an empty frame, and only then run the effects that start its data
   * requests, a frame later than the same app mounted from a click.
   */
  mountNow?<T>(mount: () => T): T;
  /**
   * Called when an open reaches what the user will see: just before the app's mount (the app then reads its route
   * from the URL as usual), or when its error frame shows. The host writes the app's URL into the history then.
   */
  beforeShow?(appId: string): void;
  /**
   * Starts reading the collections a version names in `preloadData`, so that its data is on the way while its code
   * loads. Called at the click (preload) and when an open passes its checks; the reader drops repeats.
   */
  preloadData?(appId: string, collections: string[]): void;
  /**
   * Starts a form app's first list query, given its definition (form.json as read, not yet validated: the runtime
   * checks it before rendering), so its records are on the way while the runtime loads. Called with `preloadData`.
   */
  preloadForm?(appId: string, definition: unknown): void;
  /**
   * Settles when the reads started at the press for these collections (`preloadData`'s first pages, a form app's first
   * list query) are back (or failed). The mount waits for it,
   * at most {@link AppRuntimeOptions.dataWaitMs}, so that the app's first render shows its records instead of a
   * loading state that a repaint replaces a few milliseconds later.
   */
  dataReady?(appId: string, collections: string[]): Promise<unknown>;
  /** How long a mount waits for `dataReady` (default 200 ms); after that the app mounts and shows its own loading. */
  dataWaitMs?: number;
  /** The version the page asks to try for the app `id` (`?try=`); honoured only when it is the item's `pending`. */
  tryRequested?(appId: string): string | null | undefined;
  /** Called with the version an open or a preload is about to ask for (its code or data), before it does. */
  onVersion?(appId: string, version: AppVersion): void;
  /**
   * The desktop's route. The host's mount stops waiting for an app whose route was left (the open goes on and is
   * dropped), so that single-spa can move on; without it only a close, a retry or a withdrawal ends that wait.
   */
  route?: AppRoute;
}
