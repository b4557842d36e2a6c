import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CatalogItem, Locale, Notice } from '@toolbox/sdk';
import { fetchApp, fetchCatalog, fetchMe, fetchPins, login, logout, rateApp, savePins, type Me } from '../api/endpoints.ts';
import { unreachableMessage } from '@toolbox/sdk/api/client';
import { ApiError } from '../api/http.ts';
import { watchCatalog } from '../api/watchCatalog.ts';
import type { HostWiring } from '../hostWiring.ts';
import { AppFrame } from './AppFrame.tsx';
import { Desktop } from './Desktop.tsx';
import { Header } from './Header.tsx';
import { LoadFailedPage } from './LoadFailedPage.tsx';
import { HostContext, type HostValue } from './HostContext.ts';
import { translator } from './i18n/translate.ts';
import { localeStore } from './localeStore.ts';
import type { LoginPageProps } from './LoginPage.tsx';
import { pushRecent, readRecent } from './recentApps.ts';
import { Toasts, type Toast } from './Toasts.tsx';
import { appIdFromPath } from '../runtime/registerApps.ts';
import { useLocationPath } from './useLocationPath.ts';
import { wordError } from './wordError.ts';
import { withPasswordFields } from './account/withPasswordFields.ts';

const PasswordChangePage = lazy(() => withPasswordFields(import('./account/PasswordChangePage.tsx')));
const MissingAppPage = lazy(() => import('./MissingAppPage.tsx').then((m) => ({ default: m.MissingAppPage })));
// A signed-in desktop (the usual case) never shows the sign-in page: its code is a chunk of its own, asked for once the
// server says there is no session. If that chunk cannot be fetched, the page says so and offers a reload.
const LoginPage = lazy(() =>
  import('./LoginPage.tsx').then(
    (m) => ({ default: m.LoginPage }),
    (error: unknown) => ({
      default: ({ locale }: Pick<LoginPageProps, 'locale'>) => {
        const t = translator(locale);
        return (
          <main className="splash" id="main">
            <p role="alert">{t('login.error', { message: unreachableMessage(error, locale) ?? (error instanceof Error ? error.message : String(error)) })}</p>
            <button type="button" className="button-primary" onClick={() => window.location.reload()}>
              {t('update.refresh')}
            </button>
          </main>
        );
      },
    }),
  ),
);

type Session =
  | { kind: 'checking' }
  | { kind: 'login' }
  /** Signed in with a temporary password: a new one first (the server refuses everything else until then). */
  | { kind: 'mustChange'; me: Me; current?: string }
  | { kind: 'ready'; me: Me; catalog: CatalogItem[]; pins: string[] }
  /** Who is signed in, or the catalogue, could not be read: LoadFailedPage says why and offers 重试. */
  | { kind: 'failed'; error: unknown };

/** The whole desktop: signs in, loads the catalogue and pins, and shows either the tiles or an app's frame. */
export function Shell({ wiring }: { wiring: HostWiring }) {
  const [session, setSession] = useState<Session>({ kind: 'checking' });
  const [locale, setLocaleState] = useState<Locale>(localeStore.get());
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [recent, setRecent] = useState<string[]>([]);
  const path = useLocationPath(wiring.route);
  const t = useMemo(() => translator(locale), [locale]);
  const toastId = useRef(0);

  useEffect(() => localeStore.subscribe(setLocaleState), []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  const notify = useCallback((notice: Notice) => {
    const id = ++toastId.current;
    setToasts((list) => [...list.slice(-3), { ...notice, id }]);
    setTimeout(() => setToasts((list) => list.filter((x) => x.id !== id)), notice.type === 'error' ? 8000 : 4000);
  }, []);
  useEffect(() => wiring.onNotice(notify), [wiring, notify]);

  const enter = useCallback(
    async (me: Me) => {
      const [{ items }, { pins }] = await Promise.all([fetchCatalog(), fetchPins().catch(() => ({ pins: [] as string[] }))]);
      await wiring.startSession(me, items, pins);
      setSession({ kind: 'ready', me, catalog: items, pins });
    },
    [wiring],
  );

  const start = useCallback(() => {
    fetchMe().then(
      ({ user }) => (user.mustChangePassword ? Promise.resolve(setSession({ kind: 'mustChange', me: user })) : enter(user)).catch((error: unknown) => setSession({ kind: 'failed', error })),
      (error: unknown) => setSession(error instanceof ApiError && error.status === 401 ? { kind: 'login' } : { kind: 'failed', error }),
    );
  }, [enter]);
  useEffect(start, [start]);

  // The catalogue as it changes while the desktop stays open (a publish approved, a rollback, a retirement, a change
  // of who may open an app). Only a real change reaches the desktop (applyCatalogChange.ts, a chunk of its own): an
  // open app that left the catalogue is closed and its page says why, a version it pulled is closed and its frame says
  // so, every next open loads what the catalogue says, then the tiles follow. An open app whose current version is
  // newer than the one running offers 刷新 in its frame (AppFrame, UpdateBar).
  const signedIn = session.kind === 'ready' ? session.me.id : undefined;
  const shown = useRef<{ catalog: CatalogItem[]; pins: string[] }>({ catalog: [], pins: [] });
  useEffect(() => {
    if (session.kind === 'ready') shown.current = session;
  });
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    const stop = watchCatalog({
      intervalMs: wiring.catalogPollMs,
      // A failure (the chunk did not load, single-spa refused a name) rejects: the next check reads the catalogue again.
      onChange: (items) =>
        import('./applyCatalogChange.ts')
          .then(({ applyCatalogChange }) => applyCatalogChange(wiring, () => shown.current.catalog, items, () => live))
          .then((catalog) => {
            if (!catalog) return;
            setSession((s) => (s.kind === 'ready' ? { ...s, catalog } : s));
            // A pinned app's new version goes into the HTTP cache, as the first one did.
            wiring.prefetchPinned(catalog, shown.current.pins);
          }),
    });
    return () => {
      live = false;
      stop();
    };
  }, [signedIn, wiring]);

  const appId = appIdFromPath(path);
  // Whether the open app has not shown anything yet (a boolean, so other state changes do not re-render the shell).
  const appIdle = useSyncExternalStore(wiring.runtime.subscribe, () => (appId ? wiring.runtime.getState(appId).status === 'idle' : false));
  const ready = session.kind === 'ready' ? session : undefined;
  // Back on the desktop, the focus returns to the app's tile (the frame that held it is gone), for the keyboard.
  const lastApp = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (appId) {
      lastApp.current = appId;
      return;
    }
    const id = lastApp.current;
    lastApp.current = undefined;
    if (!id || (document.activeElement && document.activeElement !== document.body)) return;
    document.querySelector<HTMLElement>(`.desktop-view [data-app="${CSS.escape(id)}"] .tile-open`)?.focus({ preventScroll: true });
  }, [appId]);
  // An open app is stored among the recent ones at once, but the list (shown only on the desktop) is refreshed when
  // the desktop comes back: re-rendering the host while an app loads would only slow the app down.
  useEffect(() => {
    if (!ready) return;
    if (!appId) setRecent(readRecent(ready.me.id));
    else if (ready.catalog.some((i) => i.id === appId)) pushRecent(ready.me.id, appId);
  }, [ready, appId]);

  const value = useMemo<HostValue | undefined>(() => {
    if (!ready) return undefined;
    return {
      t,
      locale,
      setLocale: localeStore.set,
      me: ready.me,
      catalog: ready.catalog,
      pins: ready.pins,
      recent,
      navigate: wiring.navigate,
      notify,
      runtime: wiring.runtime,
      lookupApp: fetchApp,
      togglePin(id) {
        const pins = ready.pins.includes(id) ? ready.pins.filter((p) => p !== id) : [...ready.pins, id];
        setSession({ ...ready, pins });
        savePins(pins).then(
          () => wiring.prefetchPinned(ready.catalog, pins),
          (e: unknown) => {
            setSession((s) => (s.kind === 'ready' ? { ...s, pins: ready.pins } : s));
            void wordError(e, locale).then((message) => notify({ type: 'error', message }));
          },
        );
      },
      setMyName(name) {
        setSession((s) => (s.kind === 'ready' ? { ...s, me: { ...s.me, name } } : s));
      },
      async rate(id, score, comment) {
        await rateApp(id, score, comment);
      },
      logout() {
        void wiring
          .endSession()
          .then(() => logout())
          .catch(() => undefined)
          .then((answer) => {
            // Signed in through single sign-on: the provider's session ends too, on its own page, which comes back here.
            if (answer?.endSessionUrl) {
              window.location.assign(answer.endSessionUrl);
              return;
            }
            wiring.navigate('/');
            setSession({ kind: 'login' });
          });
      },
    };
  }, [ready, t, locale, recent, wiring, notify]);

  let body: ReactNode;
  if (session.kind === 'checking') body = <main className="splash" id="main" aria-busy="true" />;
  else if (session.kind === 'failed')
    body = (
      <LoadFailedPage
        error={session.error}
        locale={locale}
        onRetry={() => {
          setSession({ kind: 'checking' });
          start();
        }}
      />
    );
  else if (session.kind === 'mustChange')
    body = (
      <Suspense fallback={<main className="splash" id="main" aria-busy="true" />}>
        <PasswordChangePage
          locale={locale}
          name={session.me.name}
          knownCurrent={session.current}
          onChanged={() => {
            void enter({ ...session.me, mustChangePassword: false }).catch((error: unknown) => setSession({ kind: 'failed', error }));
          }}
          onSignOut={() => {
            void logout()
              .catch(() => undefined)
              .then(() => setSession({ kind: 'login' }));
          }}
        />
      </Suspense>
    );
  else if (session.kind === 'login' || !value)
    body = (
      <Suspense fallback={<main className="splash" id="main" aria-busy="true" />}>
        <LoginPage
          locale={locale}
          setLocale={localeStore.set}
          onLogin={async (username, password) => {
            const { user } = await login(username, password);
            if (user.mustChangePassword) setSession({ kind: 'mustChange', me: user, current: password });
            else await enter(user);
          }}
        />
      </Suspense>
    );
  else {
    const item = appId ? value.catalog.find((i) => i.id === appId) : undefined;
    // An app opened from the desktop (whose URL is not written yet, route.ts) keeps the desktop in view while it is
    // 'idle': a loaded app waiting for its data, 100 ms at most (createAppRuntime). It then appears in one paint.
    const opening = Boolean(item) && appIdle && appIdFromPath(window.location.pathname) === undefined;
    body = (
      <HostContext.Provider value={value}>
        <Header />
        {/* The desktop stays mounted (hidden) while an app is open: opening an app and coming back then cost no
            teardown and rebuild of every tile, and the search and grouping are kept. */}
        <div className="desktop-view" id={appId ? undefined : 'main'} hidden={Boolean(appId) && !opening}>
          <Desktop />
        </div>
        {appId && (item ? <AppFrame key={item.id} item={item} hidden={opening} /> : <Suspense><MissingAppPage id={appId} /></Suspense>)}
      </HostContext.Provider>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      {body}
      <Toasts toasts={toasts} onDismiss={(id) => setToasts((list) => list.filter((x) => x.id !== id))} />
    </>
  );
}
