import { lazy, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { localized, type CatalogItem } from '@toolbox/sdk';
import { AppIcon } from './AppIcon.tsx';
import { DeprecationBanner } from './DeprecationBanner.tsx';
import { ErrorFrame } from './ErrorFrame.tsx';
import { useHost } from './HostContext.ts';
import type { RatingDialog as RatingDialogType } from './RatingDialog.tsx';
import { TrialControl } from './trialControl.ts';
import { wordError } from './wordError.ts';

// Opened by one button: a chunk of its own, loaded at the first click, so the desktop's JS does not carry it. A failed
// load says so and is tried again at the next click (React.lazy would keep the failure and break the whole desktop).
let ratingDialog: typeof RatingDialogType | undefined;
const loadRatingDialog = async () => (ratingDialog ??= (await import('./RatingDialog.tsx')).RatingDialog);
// Shown only after a new version of an open app went live: a chunk of its own, fetched then (the catalogue poll that
// found the version has just reached the server). A failed fetch shows no bar, as before the version was found.
const UpdateBar = lazy(() => import('./UpdateBar.tsx').then((m) => ({ default: m.UpdateBar }), () => ({ default: () => null })));

/**
 * The frame of an open app: its header (name, owner unit, contact, 评价, back), the deprecation banner, and the
 * element single-spa mounts the app into. The element stays in the page while the error frame shows, so the
 * runtime always unmounts into the node it mounted.
 */
export function AppFrame({ item, hidden = false }: { item: CatalogItem; hidden?: boolean }) {
  const { t, locale, navigate, runtime, notify, newerVersions } = useHost();
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
      <DeprecationBanner item={item} />
      {newerVersions?.[item.id] && !state.trial && (
        <Suspense>
          <UpdateBar item={item} version={newerVersions[item.id]!} />
        </Suspense>
      )}
      {state.status === 'loading' && (
        <div className="app-loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('frame.loading')}
        </div>
      )}
      {state.status === 'error' && state.error && (
        <ErrorFrame
          name={name}
          error={state.error}
          fallback={state.fallback}
          onRetry={() => runtime.retry(item.id)}
          onFallback={() => runtime.openFallback(item.id)}
        />
      )}
      <div
        ref={frameRef}
        className="app-frame"
        data-app-frame={item.id}
        hidden={state.status === 'error'}
        aria-busy={state.status === 'loading'}
      />
      {RatingDialog && <RatingDialog appId={item.id} name={name} onClose={closeRating} />}
    </main>
  );
}
