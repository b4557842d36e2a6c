import { lazy, type ReactNode, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { localized, type CatalogItem } from '@toolbox/sdk';
import { AppIcon } from './AppIcon.tsx';
import type { ErrorFrameProps } from './ErrorFrame.tsx';
import { useHost } from './HostContext.ts';
import type { RatingDialog as RatingDialogType } from './RatingDialog.tsx';
import { TrialControl } from './trialControl.ts';
import type { VersionNoticeProps } from './VersionNotice.tsx';
import { wordError } from './wordError.ts';

// Opened by one button: a chunk of its own, loaded at the first click, so the desktop's JS does not carry it. A failed
// load says so and is tried again at the next click (React.lazy would keep the failure and break the whole desktop).
let ratingDialog: typeof RatingDialogType | undefined;
const loadRatingDialog = async () => (ratingDialog ??= (await import('./RatingDialog.tsx')).RatingDialog);
// Shown only when an app failed: a chunk of its own, with the words only it uses, fetched then (one small request to
// the desktop's own server), so the desktop's first load carries neither. If even that request fails (the network is
// down), the frame still says what failed, in the brief form below, and offers 重试.
const ErrorFrame = lazy<(props: ErrorFrameProps) => ReactNode>(() =>
  import('./ErrorFrame.tsx').then((m) => ({ default: m.ErrorFrame }), () => ({ default: ErrorLine })),
);
// Shown only for a deprecated app (its retirement date, reason and replacement): a chunk of its own, as the tile
// already says 即将下线. A failed fetch shows no banner.
const DeprecationBanner = lazy(() => import('./DeprecationBanner.tsx').then((m) => ({ default: m.DeprecationBanner }), () => ({ default: () => null })));
// Shown only after the catalogue changed under an open app (a new version went live, or a rollback pulled the one
// that runs): a chunk of its own, fetched then (the catalogue poll that found the change has just reached the server).
// A failed fetch shows nothing: the header's 返回桌面 stays, and the tile opens the catalogue's version.
const VersionNotice = lazy<(props: VersionNoticeProps) => ReactNode>(() =>
  import('./VersionNotice.tsx').then((m) => ({ default: m.VersionNotice }), () => ({ default: () => null })),
);

/**
 * The frame of an open app: its header (name, owner unit, contact, 评价, back), the deprecation banner, and the
 * element single-spa mounts the app into. The element stays in the page while the error frame shows, so the
 * runtime always unmounts into the node it mounted.
 */
export function AppFrame({ item, hidden = false }: { item: CatalogItem; hidden?: boolean }) {
  const { t, locale, navigate, runtime, notify } = useHost();
  const state = useSyncExternalStore(
    runtime.subscribe,
    () => runtime.getState(item.id),
  );
  const [rating, setRating] = useState(false);
  const openRating = () => {
    if (ratingDialog) return setRating(true);
    loadRatingDialog().then(
      () => setRating(true),
      (e: unknown) => void wordError(e, locale).then((message) => notify({ type: 'error', message: t('rating.failed', { message }) })),
    );
  };
  const RatingDialog = rating ? ratingDialog : undefined;
  // The owner's "try pending version" and the trial's banner (only their catalogue has `pending`).
  const trial = item.pending && (state.trial ? 'banner' : !item.pendingOnly && 'frame');
  const name = localized(item.name, locale);
  const frameRef = useCallback((el: HTMLDivElement | null) => runtime.attachFrame(item.id, el), [runtime, item.id]);
  // Once the app shows, keyboard and screen-reader users land on its name: the tile they opened it with is hidden
  // now. A focus the app set itself is kept (the error frame takes it itself). After the app's first paint: moving
  // the focus costs a style pass and a message to the browser, which would otherwise compete with the app's loading.
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = !hidden && state.status === 'mounted';
  useEffect(() => {
    if (!shown) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const active = document.activeElement;
        if (!active || active === document.body || active.closest('.desktop-view')) heading.current?.focus({ preventScroll: true });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown]);
  const closeRating = useCallback(() => setRating(false), []);
  // The catalogue's current version is another than the one running here (a publish approved since it opened): 刷新
  // offers it. Not for an owner's trial, nor an earlier version chosen after a failure (its header says so). A version
  // the catalogue pulled was closed instead (status 'withdrawn'): the frame says so and offers the current one.
  const withdrawn = state.status === 'withdrawn' ? state.version : undefined;
  const running = withdrawn || state.trial || state.onFallback ? undefined : state.version;

  return (
    <main className="app-view" id={hidden ? undefined : 'main'} hidden={hidden}>
      <div className="app-header">
        <button type="button" className="button-back" onClick={() => navigate('/')}>
          <span aria-hidden="true">←</span> {t('frame.back')}
        </button>
        <AppIcon item={item} size={32} />
        <div className="app-title">
          <h1 tabIndex={-1} ref={heading}>
            {name}
          </h1>
          <p>
            <span>
              {t('frame.owner', { unit: item.owner.unitName })}
            </span>
            <span>
              {t('frame.contact', { contact: item.owner.contact })}
            </span>
            {state.onFallback && state.version && <span className="tag tag-deprecated">{t('frame.olderVersion', { version: state.version })}</span>}
          </p>
        </div>
        {trial === 'frame' && (
          <Suspense>
            <TrialControl item={item} place="frame" />
          </Suspense>
        )}
        <button type="button" className="button-secondary" onClick={openRating}>
          {t('frame.rate')}
        </button>
      </div>
      {trial === 'banner' && (
        <Suspense>
          <TrialControl item={item} place="banner" version={state.version} />
        </Suspense>
      )}
      {item.status === 'deprecated' && (
        <Suspense>
          <DeprecationBanner item={item} />
        </Suspense>
      )}
      {(withdrawn || (running && running !== item.version)) && (
        <Suspense>
          <VersionNotice item={item} withdrawn={withdrawn} onOpenCurrent={() => runtime.retry(item.id)} />
        </Suspense>
      )}
      {state.status === 'loading' && (
        <div className="app-loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('frame.loading')}
        </div>
      )}
      {state.status === 'error' && state.error && (
        <Suspense>
          <ErrorFrame
            name={name}
            error={state.error}
            fallback={state.fallback}
            onRetry={() => runtime.retry(item.id)}
            onFallback={() => runtime.openFallback(item.id)}
          />
        </Suspense>
      )}
      <div
        ref={frameRef}
        className="app-frame"
        data-app-frame={item.id}
        hidden={state.status === 'error' || Boolean(withdrawn)}
        aria-busy={state.status === 'loading'}
      />
      {RatingDialog && <RatingDialog appId={item.id} name={name} onClose={closeRating} />}
    </main>
  );
}

/** The error frame in brief, for when its chunk cannot be fetched: what failed, its code, and 重试. */
function ErrorLine({ name, error, onRetry }: ErrorFrameProps) {
  const { t } = useHost();
  return (
    <section className="error-frame" role="alert">
      <h2>{t('error.title', { name })}</h2>
      <p className="error-what">
        {t(`error.${error.code}`)} <code>{error.code}</code>
      </p>
      <button type="button" className="button-primary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}
