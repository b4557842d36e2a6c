import type { CatalogItem, LightAppProps, ToolboxContext, UsageEventType } from '@toolbox/sdk';
import { bundleBase, currentVersion, trialVersion, type AppVersion } from './appVersion.ts';
import { IDLE, type AppState } from './appState.ts';
import { AppLoadError, describeError, type HostErrorCode } from './errors.ts';
import { lastGoodVersion, rememberGoodVersion } from './goodVersions.ts';
import { isSdkCompatible, loadSdkChecks, sdkChecksReady } from './isSdkCompatible.ts';
import type { Leftovers } from './leftoverWatch.ts';
import { entryForAttempt, loadFederation, loadRemoteApp } from './loadRemoteApp.ts';
import { toLifecycles, type Lifecycles } from './toLifecycles.ts';
import { preloadApp } from './preloadExposedChunks.ts';
import { IntegrityError, verifyEntry, type IntegrityMode } from './verifyIntegrity.ts';
import { TimeoutError, withTimeout } from './withTimeout.ts';

/** How long a re-open of a loaded app may keep the desktop in view while it waits for its data, before its frame shows. */
export const SHOW_FRAME_MS = 100;

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
   * Settles when the reads `preloadData` started for these collections are back (or failed). The mount waits for it,
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
}

export interface AppRuntime {
  setCatalog(items: CatalogItem[]): void;
  item(id: string): CatalogItem | undefined;
  /** single-spa lifecycles of the app `id`: the host's own, which never throw (see `open`). */
  lifecyclesFor(id: string): { bootstrap(): Promise<void>; mount(): Promise<void>; unmount(): Promise<void> };
  attachFrame(id: string, element: HTMLElement | null): void;
  getState(id: string): AppState;
  subscribe(listener: () => void): () => void;
  retry(id: string): void;
  /** Opens the version the failure offered instead (named `open…`, not `use…`: it is not a React hook). */
  openFallback(id: string): void;
  /** Starts loading the app's code before its route is active (the click that opens it); never throws. */
  preload(id: string): void;
  /** Marks the mounted app `id` as broken (a render error that escaped the app). */
  fail(id: string, code: HostErrorCode, detail: string): void;
  mountedApps(): string[];
}

interface Session {
  version: AppVersion;
  /** Set once a failure was reported, so that a burst of render errors counts as one. */
  failed?: boolean;
  lifecycles?: Lifecycles;
  props?: LightAppProps;
  stopWatch?: () => Leftovers;
}

/**
 * The part of the host that opens and closes apps. single-spa decides *when* (the route `/app/<id>`); this decides
 * *how*: check the SDK range and the integrity, load through Module Federation, bootstrap and mount with a timeout,
 * and turn every failure into an error state the desktop shows. single-spa marks an app whose lifecycle throws as
 * broken until the page reloads, so the lifecycles given to single-spa never throw: the retry button stays possible.
 */
export function createAppRuntime(options: AppRuntimeOptions): AppRuntime {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const loadModule = options.loadModule ?? loadRemoteApp;
  const catalog = new Map<string, CatalogItem>();
  const states = new Map<string, AppState>();
  const sessions = new Map<string, Session>();
  const frames = new Map<string, HTMLElement>();
  const frameWaiters = new Map<string, ((el: HTMLElement) => void)[]>();
  const modules = new Map<string, { lifecycles: Lifecycles; bootstrapped?: Promise<unknown> }>();
  const loading = new Map<string, Promise<unknown>>();
  // The leftover check is a development aid (also switched on per browser by support staff): a chunk of its own,
  // loaded when the runtime is made with it, so the desktop's JS does not carry it.
  const leftoverWatch = options.devWarnings ? import('./leftoverWatch.ts') : undefined;
  // Marks in the Performance timeline (DevTools, the benchmark): where the time of an open goes.
  const mark = (id: string, what: string) => {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`toolbox:${id}:${what}`);
  };

  // One load per entry URL, shared by a preload (started at the click, before the route changes) and the open.
  const loadEntry = (id: string, entry: string, version: AppVersion): Promise<unknown> => {
    let promise = loading.get(entry);
    if (!promise) {
      const { integrity } = version;
      promise = (async () => {
        // One wave: the entry, the chunks of `./app` and (on the first open) the federation runtime, all at once.
        // Only the first attempt uses the list: a retry's entry URL differs from the one the chunks were built for.
        mark(id, 'preload');
        preloadApp(entry, integrity, entry === version.entry ? version.preload : undefined);
        mark(id, 'requested');
        // The runtime must be on globalThis before the entry evaluates: a remote built with externalRuntime reads
        // it when its runtime chunk loads. The entry and its chunks are already on their way meanwhile.
        if (!options.loadModule) await loadFederation();
        mark(id, 'runtime');
        if (integrity) await verifyEntry(entry, integrity, options.integrityMode);
        mark(id, 'verified');
        return loadModule(id, entry);
      })();
      loading.set(entry, promise);
      promise.catch(() => loading.delete(entry));
    }
    return promise;
  };
  const chosen = new Map<string, AppVersion>();
  const listeners = new Set<() => void>();
  // The version an open of `item` loads: an earlier one the user chose after a failure, the owner's trial, or the current.
  const versionFor = (item: CatalogItem) => chosen.get(item.id) ?? trialVersion(item, options.tryRequested?.(item.id)) ?? currentVersion(item);
  // A version awaiting review is not live: what its owner does with it must not count toward the app's review.
  const report = (id: string, type: UsageEventType, version: AppVersion | undefined) => {
    if (!version?.trial) options.report(id, type);
  };
  const loadFailures = new Map<string, number>();

  const setState = (id: string, state: AppState) => {
    states.set(id, state);
    for (const l of listeners) l();
  };

  const waitForFrame = (id: string): Promise<HTMLElement> => {
    const el = frames.get(id);
    if (el) return Promise.resolve(el);
    return new Promise((resolve) => frameWaiters.set(id, [...(frameWaiters.get(id) ?? []), resolve]));
  };

  const fallbackFor = (item: CatalogItem, failed: AppVersion): AppVersion | undefined => {
    const candidates = item.previous.filter(
      (p) => p.version !== failed.version && isSdkCompatible(p.sdk, options.apiVersion),
    );
    const good = lastGoodVersion(item.id);
    return candidates.find((p) => p.version === good) ?? candidates[0];
  };

  const classifyLoadError = (error: unknown): HostErrorCode => {
    if (error instanceof IntegrityError) return 'TOOLBOX_HOST_INTEGRITY_MISMATCH';
    if (error instanceof TimeoutError) return 'TOOLBOX_HOST_TIMEOUT';
    return 'TOOLBOX_HOST_REMOTE_UNREACHABLE';
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
    setState(id, { status: 'error', version: session.version.version, error, fallback, onFallback, trial });
  };

  const isCurrent = (id: string, session: Session) => sessions.get(id) === session;

  const startData = (id: string, version: AppVersion) => {
    if (version.preloadData?.length) options.preloadData?.(id, version.preloadData);
  };

  const run = async (id: string, session: Session): Promise<void> => {
    const item = catalog.get(id);
    if (!item) return;
    const { version } = session;
    const trial = version.trial;
    const onFallback = !trial && version.version !== item.version;
    const mountedState: AppState = { status: 'mounted', version: version.version, onFallback, trial };
    const showLoading = () => {
      if (isCurrent(id, session) && states.get(id)?.status !== 'loading') setState(id, { status: 'loading', version: version.version, onFallback, trial });
    };
    // A first open shows its frame at once (loading). A re-open of a loaded app stays 'idle', which leaves the desktop
    // in view (Shell), until its data is back and it mounts: then the frame and the app show in one paint, instead of
    // the frame's header painted first while the data read is under way (the paint delayed that read's answer).
    // If that takes longer than SHOW_FRAME_MS, the frame shows meanwhile (the timer does nothing once the open has
    // shown something, or is no longer the current one). A retry after an error always shows that something is
    // happening.
    if (!modules.has(entryForAttempt(version, loadFailures.get(id) ?? 0)) || states.get(id)?.status === 'error') showLoading();
    else setTimeout(() => states.get(id)?.status === 'idle' && showLoading(), SHOW_FRAME_MS);
    const stageError = (code: HostErrorCode, detail: string) => new AppLoadError(code, id, version.version, detail);

    try {
      await loadSdkChecks();
    } catch (error) {
      throw stageError('TOOLBOX_HOST_REMOTE_UNREACHABLE', `the host's federation runtime did not load: ${describeError(error)}`);
    }
    if (!isCurrent(id, session)) return;
    if (!isSdkCompatible(version.sdk, options.apiVersion)) {
      throw stageError('TOOLBOX_HOST_SDK_INCOMPATIBLE', `needs host API ${version.sdk}, this host provides ${options.apiVersion}`);
    }
    startData(id, version);
    const entry = entryForAttempt(version, loadFailures.get(id) ?? 0);
    mark(id, 'checked');
    let entryModule = modules.get(entry);
    if (!entryModule) {
      let loaded: unknown;
      try {
        loaded = await withTimeout(loadEntry(id, entry, version), timeoutMs, 'loading the app');
      } catch (error) {
        loadFailures.set(id, (loadFailures.get(id) ?? 0) + 1);
        throw stageError(classifyLoadError(error), describeError(error));
      }
      mark(id, 'loaded');
      const lifecycles = toLifecycles(loaded);
      if (!lifecycles) throw stageError('TOOLBOX_HOST_BAD_EXPORTS', './app exports no mount and unmount');
      entryModule = { lifecycles };
      modules.set(entry, entryModule);
    }
    if (!isCurrent(id, session)) return;

    const domElement = await waitForFrame(id);
    if (!isCurrent(id, session)) return;
    mark(id, 'frame');
    const props: LightAppProps = { name: id, domElement, toolbox: options.createContext(item, version) };
    session.props = props;
    session.lifecycles = entryModule.lifecycles;

    try {
      entryModule.bootstrapped ??= entryModule.lifecycles.bootstrap(props);
      await withTimeout(entryModule.bootstrapped, timeoutMs, 'bootstrap');
    } catch (error) {
      // A failed or slow bootstrap is tried afresh on retry.
      entryModule.bootstrapped = undefined;
      throw stageError(error instanceof TimeoutError ? 'TOOLBOX_HOST_TIMEOUT' : 'TOOLBOX_HOST_BOOTSTRAP_FAILED', describeError(error));
    }
    if (!isCurrent(id, session)) return;

    mark(id, 'bootstrapped');
    if (options.dataReady && version.preloadData?.length) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        options.dataReady(id, version.preloadData).catch(() => undefined),
        new Promise((resolve) => (timer = setTimeout(resolve, options.dataWaitMs ?? 200))),
      ]);
      clearTimeout(timer);
      if (!isCurrent(id, session)) return;
      mark(id, 'data');
    }
    if (leftoverWatch) {
      const { watchLeftovers } = await leftoverWatch;
      if (!isCurrent(id, session)) return;
      session.stopWatch = watchLeftovers((n) => n instanceof HTMLElement && 'toolboxHost' in n.dataset);
    }
    options.beforeShow?.(id);
    try {
      const { mount } = entryModule.lifecycles;
      // The frame shows in the same render as the app's first one (mountNow): one paint, with the app in it. The state
      // is not set again after the mount: a render error during it may have failed the app meanwhile (fail()).
      const showAndMount = () => {
        setState(id, mountedState);
        return mount(props);
      };
      await withTimeout(options.mountNow ? options.mountNow(showAndMount) : showAndMount(), timeoutMs, 'mount');
    } catch (error) {
      throw stageError(error instanceof TimeoutError ? 'TOOLBOX_HOST_TIMEOUT' : 'TOOLBOX_HOST_MOUNT_FAILED', describeError(error));
    }
    if (!isCurrent(id, session)) return;
    mark(id, 'mounted');
    if (!trial) rememberGoodVersion(id, version.version);
  };

  const teardown = async (id: string, session: Session): Promise<void> => {
    const { lifecycles, props } = session;
    session.lifecycles = undefined;
    if (lifecycles && props) {
      try {
        await withTimeout(lifecycles.unmount(props), timeoutMs, 'unmount');
      } catch (error) {
        console.error(`[toolbox] ${id} failed to unmount: ${describeError(error)}`);
      }
      props.domElement.replaceChildren();
    }
    const leftovers = session.stopWatch?.();
    session.stopWatch = undefined;
    if (leftovers && leftoverWatch && (await leftoverWatch).hasLeftovers(leftovers)) {
      console.warn(`[toolbox] ${id} left behind after unmount:`, leftovers);
      options.onLeftovers?.(id, leftovers);
    }
  };

  const open = async (id: string): Promise<void> => {
    const item = catalog.get(id);
    if (!item) return;
    const session: Session = { version: versionFor(item) };
    sessions.set(id, session);
    options.onVersion?.(id, session.version);
    try {
      await run(id, session);
    } catch (error) {
      if (!isCurrent(id, session)) return;
      const loadError =
        error instanceof AppLoadError
          ? error
          : new AppLoadError('TOOLBOX_HOST_MOUNT_FAILED', id, session.version.version, describeError(error));
      await teardown(id, session);
      failSession(id, session, loadError);
    }
  };

  const close = async (id: string): Promise<void> => {
    const session = sessions.get(id);
    sessions.delete(id);
    if (session) await teardown(id, session);
    setState(id, IDLE);
  };

  // Render errors happen after mount, outside any lifecycle: React reports them to the window. The stack names the
  // app's files, which all live under its bundle folder.
  const onGlobalError = (error: unknown) => {
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
      if (states.get(id)?.status === 'mounted' && (stack.includes(base) || stack.includes(path))) {
        runtime.fail(id, 'TOOLBOX_HOST_RENDER_FAILED', describeError(error));
      }
    }
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('error', (event) => onGlobalError(event.error));
    window.addEventListener('unhandledrejection', (event) => onGlobalError(event.reason));
  }

  const runtime: AppRuntime = {
    setCatalog(items) {
      catalog.clear();
      for (const item of items) catalog.set(item.id, item);
    },
    item: (id) => catalog.get(id),
    lifecyclesFor(id) {
      return {
        bootstrap: async () => undefined,
        mount: async () => {
          mark(id, 'open');
          const item = catalog.get(id);
          report(id, 'open', item && versionFor(item));
          await open(id);
        },
        unmount: async () => {
          report(id, 'close', sessions.get(id)?.version);
          await close(id);
        },
      };
    },
    attachFrame(id, element) {
      if (!element) {
        frames.delete(id);
        return;
      }
      frames.set(id, element);
      mark(id, 'attached');
      const waiters = frameWaiters.get(id) ?? [];
      frameWaiters.delete(id);
      for (const w of waiters) w(element);
    },
    getState: (id) => states.get(id) ?? IDLE,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry(id) {
      const session = sessions.get(id);
      if (session) void teardown(id, session).then(() => open(id));
      else void open(id);
    },
    openFallback(id) {
      const fallback = states.get(id)?.fallback;
      if (!fallback) return;
      chosen.set(id, fallback);
      runtime.retry(id);
    },
    fail(id, code, detail) {
      const session = sessions.get(id);
      if (!session || session.failed) return;
      session.failed = true;
      const error = new AppLoadError(code, id, session.version.version, detail);
      void teardown(id, session).then(() => failSession(id, session, error));
    },
    preload(id) {
      const item = catalog.get(id);
      if (!item || sessions.has(id)) return;
      const version = versionFor(item);
      const entry = entryForAttempt(version, loadFailures.get(id) ?? 0);
      options.onVersion?.(id, version);
      if (!sdkChecksReady()) {
        // The check needs the runtime's chunk: fetch the app's files meanwhile (none of its code runs before the
        // check), and its data once it passes.
        preloadApp(entry, version.integrity, entry === version.entry ? version.preload : undefined);
        loadSdkChecks().then(
          () => {
            if (isSdkCompatible(version.sdk, options.apiVersion)) startData(id, version);
          },
          () => undefined,
        );
        return;
      }
      if (!isSdkCompatible(version.sdk, options.apiVersion)) return;
      // The code first: a first open waits for it, and the data is wanted only once the code has run. On a second
      // open the code is already here and the read goes out at once.
      if (!modules.has(entry)) loadEntry(id, entry, version).catch(() => undefined);
      startData(id, version);
    },
    mountedApps: () => [...states].filter(([, s]) => s.status === 'mounted').map(([id]) => id),
  };
  return runtime;
}
