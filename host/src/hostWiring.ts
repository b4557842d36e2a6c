import { flushSync } from 'react-dom';
import { start } from 'single-spa';
import { SDK_API_VERSION, type CatalogItem, type Notice } from '@toolbox/sdk';
import { FORM_COLLECTION } from '@toolbox/sdk/forms';
import type { Me } from './api/endpoints.ts';
import { apiUrl } from './api/http.ts';
import { collectionReads } from './context/createCollectionClient.ts';
import { createToolboxContext } from './context/createToolboxContext.ts';
import { setDataVersion } from './context/dataVersion.ts';
import { firstListQuery } from './context/firstListQuery.ts';
import { createListPrefetch } from './context/listPrefetch.ts';
import { localeStore } from './desktop/localeStore.ts';
import { TRY_PARAM } from './runtime/appVersion.ts';
import { createAppRuntime, type AppRuntime } from './runtime/createAppRuntime.ts';
import type { Leftovers } from './runtime/leftoverWatch.ts';
import { loadSdkChecks, warmSdkChecks } from './runtime/isSdkCompatible.ts';
import { warmLocaleData } from './runtime/warmLocaleData.ts';
import { prefetchEntries } from './runtime/prefetchEntries.ts';
import { whenIdle } from './whenIdle.ts';
import { appIdFromPath, appPath, isAppActive, registerApps } from './runtime/registerApps.ts';
import { createRoute, type Route } from './route.ts';
import { createUsageQueue, type UsageQueue } from './usage/createUsageQueue.ts';

export interface HostConfig {
  /** What the app runtime found left behind after an unmount (dev warnings), by app. */
  onLeftovers?(appId: string, leftovers: Leftovers): void;
  /** Per-stage timeout for opening an app (default 10 s). */
  appTimeoutMs: number;
  devWarnings: boolean;
  /** How often an open desktop checks the catalogue for changed versions (it also checks on focus). */
  catalogPollMs: number;
}

/** The non-React half of the host: the app runtime, usage, and single-spa, shared by every screen. */
export interface HostWiring {
  runtime: AppRuntime;
  route: Route;
  navigate(to: string): void;
  onNotice(listener: (notice: Notice) => void): () => void;
  startSession(me: Me, catalog: CatalogItem[], pins: string[]): Promise<void>;
  endSession(): Promise<void>;
  prefetchPinned(catalog: CatalogItem[], pins: string[]): void;
  catalogPollMs: number;
}

export function createHostWiring(config: HostConfig): HostWiring {
  let me: Me | undefined;
  let usage: UsageQueue | undefined;
  let started = false;
  const noticeListeners = new Set<(notice: Notice) => void>();
  const route = createRoute(appIdFromPath);
  const navigate = (to: string) => {
    performance.mark('toolbox:navigate');
    route.go(to);
  };
  const report = (app: string, type: Parameters<UsageQueue['record']>[1]) => usage?.record(app, type);
  const preloaded = createListPrefetch(collectionReads);

  const runtime = createAppRuntime({
    apiVersion: SDK_API_VERSION,
    timeoutMs: config.appTimeoutMs,
    devWarnings: config.devWarnings,
    onLeftovers: config.onLeftovers,
    report,
    mountNow: flushSync,
    beforeShow: (id) => route.commit(appPath(id)),
    // `/app/<id>?try=<version>`: the URL (the held one while the app opens) asks for the owner's pending version, so a
    // reload keeps trying it. The runtime honours it only when the catalogue offers that version (the owner's does).
    tryRequested: (id) => {
      const where = route.where(location);
      return appIdFromPath(where.pathname) === id ? new URLSearchParams(where.search).get(TRY_PARAM) : null;
    },
    onVersion: (id, version) => setDataVersion(id, version.trial && version.version),
    // The host's mount stops waiting for an app whose route was left (untilOver.ts).
    route: { isActive: (id) => isAppActive(id, route.where(location)), subscribe: route.subscribe },
    preloadData: (app, collections) => {
      for (const collection of collections) preloaded.start(app, collection);
    },
    preloadForm: (app, definition) => {
      const query = firstListQuery(definition);
      if (query) preloaded.startQuery(app, FORM_COLLECTION, query);
    },
    dataReady: (app, collections) => Promise.all(collections.map((collection) => preloaded.ready(app, collection))),
    createContext: (item, version) =>
      createToolboxContext(item, version, {
        apiVersion: SDK_API_VERSION,
        me: () => {
          if (!me) throw new Error('no session');
          return me;
        },
        locale: localeStore.get,
        onLocaleChange: localeStore.subscribe,
        navigate,
        notify: (notice) => {
          for (const l of noticeListeners) l(notice);
        },
        // A trial is not live: the app's own events (track) count nowhere either.
        report: version.trial ? () => undefined : report,
        preloaded,
      }),
  });

  const prefetchPinned = (catalog: CatalogItem[], pins: string[]) =>
    prefetchEntries(catalog.filter((i) => pins.includes(i.id)));

  return {
    runtime,
    route,
    navigate,
    onNotice(listener) {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    async startSession(user, catalog, pins) {
      me = user;
      usage?.stop();
      usage = createUsageQueue({ url: apiUrl('/api/usage'), storageKey: `toolbox.usage.${user.id}` });
      await registerApps(runtime, catalog, route.where);
      if (!started) {
        started = true;
        start({ urlRerouteOnly: true });
      }
      prefetchPinned(catalog, pins);
      // Work every open would otherwise start with, done once while the desktop is idle: the federation runtime, the
      // ICU data and the SDK check (its semver matcher, a small chunk). What only apps use (the SDK's namespace for
      // the share scope) waits for the first sign of an open (runtime.warm: a pointer over an app's link, its focus,
      // the press).
      whenIdle(() => {
        runtime.prepare();
        warmLocaleData();
        loadSdkChecks().then(
          () => warmSdkChecks(catalog.flatMap((i) => [i.sdk, ...i.previous.map((p) => p.sdk)]), SDK_API_VERSION),
          () => undefined,
        );
      });
    },
    async endSession() {
      await usage?.flush();
      usage?.stop();
      usage = undefined;
      navigate('/');
      await registerApps(runtime, [], route.where);
      preloaded.clear();
      me = undefined;
    },
    prefetchPinned,
    catalogPollMs: config.catalogPollMs,
  };
}
