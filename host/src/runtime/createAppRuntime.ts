import type { CatalogItem, UsageEventType } from '@toolbox/sdk';
import { UNMOUNT_GRACE_MS, type AppRuntimeOptions } from './appRuntimeOptions.ts';
import type { AppState } from './appState.ts';
import { createAppStates } from './appStates.ts';
import { bundleBase, currentVersion, trialVersion, type AppVersion } from './appVersion.ts';
import { AppLoadError, describeError, type HostErrorCode } from './errors.ts';
import { createFrames } from './frames.ts';
import { lastGoodVersion } from './goodVersions.ts';
import { isSdkCompatible, loadSdkChecks, sdkChecksReady } from './isSdkCompatible.ts';
import { markOpen } from './markOpen.ts';
import { openSession } from './openSession.ts';
import { preloadApp } from './preloadExposedChunks.ts';
import { listenForRenderErrors } from './renderErrors.ts';
import type { RuntimeContext } from './runtimeContext.ts';
import { createSession, Superseded, type Session } from './session.ts';
import { isMountedInSingleSpa } from './singleSpaStatus.ts';
import { createModuleLoader, startDataRead } from './stages/load.ts';
import { unmount } from './stages/unmount.ts';
import { untilOver } from './untilOver.ts';
import { withTimeout } from './withTimeout.ts';

export { SHOW_FRAME_MS, type AppRuntimeOptions } from './appRuntimeOptions.ts';

export interface AppRuntime {
  /**
   * Takes the catalogue as it is now: every next open loads what it says. (What is open already is the caller's
   * decision: desktop/applyCatalogChange.ts closes what must not go on running, with `withdraw`.)
   */
  setCatalog(items: CatalogItem[]): void;
  /** The version open now of `id` (loading, mounted or failed), if any. */
  running(id: string): AppVersion | undefined;
  /**
   * Closes the open of `id` for good: the app is unmounted (the host waits at most UNMOUNT_GRACE_MS for it). `pulled`:
   * the catalogue pulled the version that ran, and the frame says so (status `withdrawn`) and offers the current one.
   */
  withdraw(id: string, pulled: boolean): void;
  item(id: string): CatalogItem | undefined;
  /** single-spa lifecycles of the app `id`: the host's own, which never throw (see `open`). */
  lifecyclesFor(id: string): { bootstrap(): Promise<void>; mount(): Promise<void>; unmount(): Promise<void> };
  attachFrame(id: string, element: HTMLElement | null): void;
  getState(id: string): AppState;
  subscribe(listener: () => void): () => void;
  retry(id: string): void;
  /** Opens the version the failure offered instead (named `open…`, not `use…`: it is not a React hook). */
  openFallback(id: string): void;
  /** Starts loading the federation runtime, which every open needs: when the desktop is idle. Never throws. */
  prepare(): void;
  /**
   * Starts loading what an open needs beyond the runtime (the SDK's namespace for apps) at the first sign of one (a
   * pointer over an app's link, its focus); an idle desktop does without it. Never throws.
   */
  warm(): void;
  /**
   * A pointer resting on the app's link (or the focus staying on it): fetches the app's files into the browser's
   * cache, as an open would, without running any of its code or reading its data. Never throws.
   */
  prefetch(id: string): void;
  /** Starts loading the app's code before its route is active (the click that opens it); never throws. */
  preload(id: string): void;
  /** Marks the mounted app `id` as broken (a render error that escaped the app). */
  fail(id: string, code: HostErrorCode, detail: string): void;
  mountedApps(): string[];
  /** Stops listening to the window (render errors); for a runtime that is dropped before the page is. */
  dispose(): void;
}

/**
 * The part of the host that opens and closes apps. single-spa decides *when* (the route `/app/<id>`) and holds each
 * app's lifecycle status; this decides *how*, in stages (stages/load, bootstrap, mount, unmount): check the SDK range
 * and the integrity, load through Module Federation, bootstrap and mount with a timeout, and turn every failure into
 * an error frame the desktop shows (transitions.ts). single-spa marks an app whose lifecycle throws as broken until
 * the page reloads, so the lifecycles given to single-spa never throw: the retry button stays possible.
 */
export function createAppRuntime(options: AppRuntimeOptions): AppRuntime {
  const catalog = new Map<string, CatalogItem>();
  const sessions = new Map<string, Session>();
  // The version a user chose after a failure (openFallback), kept across catalogue refreshes.
  const chosen = new Map<string, AppVersion>();
  // The last unmount of each app, which may go on after the host stopped waiting for it (unmountWithin).
  const teardowns = new Map<string, Promise<void>>();
  const isCurrent = (id: string, session: Session) => sessions.get(id) === session;
  const ctx: RuntimeContext = {
    options,
    timeoutMs: options.timeoutMs ?? 10_000,
    states: createAppStates(),
    frames: createFrames(),
    loader: createModuleLoader(options),
    // The leftover check is a development aid (also switched on per browser by support staff): a chunk of its own,
    // loaded when the runtime is made with it, so the desktop's JS does not carry it.
    leftoverWatch: options.devWarnings ? import('./leftoverWatch.ts') : undefined,
    unmounted: (id) => teardowns.get(id) ?? Promise.resolve(),
    isCurrent,
    ensureCurrent(id, session) {
      if (!isCurrent(id, session)) throw new Superseded();
    },
  };
  const { states } = ctx;

  // The version an open of `item` loads: an earlier one the user chose after a failure, the owner's trial, or the current.
  const versionFor = (item: CatalogItem) => chosen.get(item.id) ?? trialVersion(item, options.tryRequested?.(item.id)) ?? currentVersion(item);
  // A version awaiting review is not live: what its owner does with it must not count toward the app's review.
  const report = (id: string, type: UsageEventType, version: AppVersion | undefined) => {
    if (!version?.trial) options.report(id, type);
  };

  const fallbackFor = (item: CatalogItem, failed: AppVersion): AppVersion | undefined => {
    const candidates = item.previous.filter((p) => p.version !== failed.version && isSdkCompatible(p.sdk, options.apiVersion));
    const good = lastGoodVersion(item.id);
    return candidates.find((p) => p.version === good) ?? candidates[0];
  };

  const failSession = (id: string, session: Session, error: AppLoadError) => {
    const item = catalog.get(id);
    const trial = session.version.trial;
    const onFallback = item && !trial ? session.version.version !== item.version : false;
    const loadFailed = error.stage === 'check' || error.stage === 'load';
    const fallback = item && loadFailed && !onFallback && !trial ? fallbackFor(item, session.version) : undefined;
    report(id, 'load_error', session.version);
    options.beforeShow?.(id);
    if (options.devWarnings) console.error(`[toolbox] ${error.message}`);
    states.send(id, 'fail', { version: session.version.version, error, fallback, onFallback, trial });
  };

  // A render error whose stack names a mounted app's files (they all live under its bundle folder) fails that app.
  const onRenderError = (error: unknown) => {
    const stack = error instanceof Error ? `${error.stack ?? ''}` : '';
    if (!stack) return;
    for (const [id, session] of sessions) {
      const base = bundleBase(session.version.entry);
      let path = base;
      try {
        path = new URL(base).pathname;
      } catch {
        // A relative base: match it as it is.
      }
      if (states.get(id).status === 'mounted' && (stack.includes(base) || stack.includes(path))) {
        runtime.fail(id, 'TOOLBOX_HOST_RENDER_FAILED', describeError(error));
      }
    }
  };
  // The window is listened to only while an app is open: a closed desktop (or a dropped runtime) leaves nothing behind.
  let stopListening: (() => void) | undefined;
  const startSession = (id: string, session: Session) => {
    sessions.get(id)?.end();
    sessions.set(id, session);
    stopListening ??= listenForRenderErrors(onRenderError);
  };
  const endSession = (id: string) => {
    sessions.get(id)?.end();
    sessions.delete(id);
    if (sessions.size === 0) {
      stopListening?.();
      stopListening = undefined;
    }
  };

  const open = async (id: string): Promise<void> => {
    const item = catalog.get(id);
    if (!item) return;
    const session = createSession(versionFor(item));
    startSession(id, session);
    options.onVersion?.(id, session.version);
    try {
      await openSession(ctx, item, session);
    } catch (error) {
      if (!isCurrent(id, session)) return;
      const loadError =
        error instanceof AppLoadError ? error : new AppLoadError('TOOLBOX_HOST_MOUNT_FAILED', id, session.version.version, describeError(error));
      await unmount(ctx, id, session);
      failSession(id, session, loadError);
    }
  };

  /**
   * Unmounts an ended session's app, waiting at most UNMOUNT_GRACE_MS: single-spa waits for the host's unmount before
   * any other route change, so an app whose unmount never settles would hold every other app. After the grace the
   * frame is emptied and the unmount goes on under its timeout; the next open of the same app waits for it
   * (ctx.unmounted), other apps do not.
   */
  const unmountWithin = async (id: string, session: Session): Promise<void> => {
    const done = unmount(ctx, id, session);
    // Kept once settled too: awaiting it then costs nothing.
    teardowns.set(id, done);
    // Still unmounting (its own failure is logged by the stage, at the timeout): nothing of it stays in view.
    await withTimeout(done, UNMOUNT_GRACE_MS, 'unmount').catch(() => session.props?.domElement.replaceChildren());
  };

  const close = async (id: string): Promise<void> => {
    const session = sessions.get(id);
    endSession(id);
    if (session) await unmountWithin(id, session);
    states.send(id, 'close');
  };

  /** The version and entry an open of `id` would load now, with the runtime warmed; none for an app already open. */
  const nextOpen = (id: string): { version: AppVersion; entry: string } | undefined => {
    const item = catalog.get(id);
    // Already open: single-spa knows (where it has the app); a runtime used on its own asks its sessions.
    if (!item || (isMountedInSingleSpa(id) ?? sessions.has(id))) return undefined;
    ctx.loader.warm();
    const version = versionFor(item);
    return { version, entry: ctx.loader.entryFor(id, version) };
  };
  /** `<link rel=modulepreload>` for the app's files; the preload list fits the first attempt's entry only. */
  const fetchFiles = (version: AppVersion, entry: string) =>
    preloadApp(entry, version.integrity, entry === version.entry ? version.preload : undefined);
  /** A form app's definition, read once per URL (by a prefetch, a press or the open). */
  const readDefinition = (version: AppVersion) => void ctx.loader.definition(version)?.catch(() => undefined);
  const runtime: AppRuntime = {
    setCatalog(items) {
      catalog.clear();
      for (const item of items) catalog.set(item.id, item);
    },
    running: (id) => sessions.get(id)?.version,
    withdraw(id, pulled) {
      const session = sessions.get(id);
      if (!session) return;
      if (pulled) states.send(id, 'withdraw', { version: session.version.version });
      endSession(id);
      void unmountWithin(id, session).then(() => pulled || states.send(id, 'close'));
    },
    item: (id) => catalog.get(id),
    lifecyclesFor(id) {
      return {
        bootstrap: async () => undefined,
        mount: async () => {
          markOpen(id, 'open');
          const item = catalog.get(id);
          report(id, 'open', item && versionFor(item));
          // open() starts its session before it first waits.
          const opening = open(id);
          await untilOver(opening, sessions.get(id)?.ended, options.route, id);
        },
        unmount: async () => {
          report(id, 'close', sessions.get(id)?.version);
          await close(id);
        },
      };
    },
    attachFrame(id, element) {
      if (ctx.frames.attach(id, element)) markOpen(id, 'attached');
    },
    getState: (id) => states.get(id),
    subscribe: (listener) => states.subscribe(listener),
    retry(id) {
      const session = sessions.get(id);
      if (session) void unmount(ctx, id, session).then(() => open(id));
      else void open(id);
    },
    openFallback(id) {
      const fallback = states.get(id).fallback;
      if (!fallback) return;
      chosen.set(id, fallback);
      runtime.retry(id);
    },
    fail(id, code, detail) {
      const session = sessions.get(id);
      if (!session || session.failed) return;
      session.failed = true;
      const error = new AppLoadError(code, id, session.version.version, detail);
      void unmount(ctx, id, session).then(() => failSession(id, session, error));
    },
    prepare: () => ctx.loader.prepare(),
    warm: () => ctx.loader.warm(),
    prefetch(id) {
      const next = nextOpen(id);
      if (!next) return;
      const { version, entry } = next;
      // An app this host would refuse is not fetched (when the check can already tell).
      if (ctx.loader.loaded(entry) || (sdkChecksReady() && !isSdkCompatible(version.sdk, options.apiVersion))) return;
      // Modulepreload fetches and parses; nothing runs before the open, which then finds the files here.
      readDefinition(version);
      fetchFiles(version, entry);
    },
    preload(id) {
      const next = nextOpen(id);
      if (!next) return;
      const { version, entry } = next;
      options.onVersion?.(id, version);
      // A form app's definition goes out with the runtime's files, at the press.
      readDefinition(version);
      if (!sdkChecksReady()) {
        // The check needs its semver chunk (loaded when the desktop is idle, so only a press before that gets here):
        // fetch the app's files meanwhile (none of its code runs before the check), and its data once it passes.
        fetchFiles(version, entry);
        loadSdkChecks().then(
          () => {
            if (isSdkCompatible(version.sdk, options.apiVersion)) startDataRead(ctx, id, version);
          },
          () => undefined,
        );
        return;
      }
      if (!isSdkCompatible(version.sdk, options.apiVersion)) return;
      // The code first: a first open waits for it, and the data is wanted only once the code has run. On a second
      // open the code is already here and the read goes out at once.
      if (!ctx.loader.loaded(entry)) ctx.loader.fetch(id, entry, version).catch(() => undefined);
      startDataRead(ctx, id, version);
    },
    // Mounted as single-spa sees it (where it has the app) and showing the app, not its error frame.
    mountedApps: () => states.ids().filter((id) => states.get(id).status === 'mounted' && isMountedInSingleSpa(id) !== false),
    dispose() {
      stopListening?.();
      stopListening = undefined;
    },
  };
  return runtime;
}
