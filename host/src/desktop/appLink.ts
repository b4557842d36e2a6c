import type { MouseEvent, PointerEvent } from 'react';
import type { AppRuntime } from '../runtime/createAppRuntime.ts';

const plain = (event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean }) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey;

/**
 * How long a pointer (or the keyboard's focus) stays on an app's link before its files are fetched: long enough that
 * a pointer crossing the desktop fetches nothing, short against the 200–400 ms a person rests on a tile before
 * pressing it (instant.page waits 65 ms for the same reason).
 */
export const INTENT_MS = 80;

// One pointer and one focus at a time: the pending fetch lives here, not in a link's handlers (React makes new ones on
// every render, between the pointer's arrival and its leaving).
let intent: { id: string; timer: ReturnType<typeof setTimeout> } | undefined;

function cancelIntent(): void {
  if (intent) clearTimeout(intent.timer);
  intent = undefined;
}

function startIntent(id: string, runtime: AppRuntime): void {
  if (intent?.id === id) return;
  cancelIntent();
  intent = {
    id,
    timer: setTimeout(() => {
      intent = undefined;
      runtime.prefetch(id);
    }, INTENT_MS),
  };
}

/**
 * The handlers of a link that opens an app (a tile, a recent app). A pointer coming over it, or the keyboard's focus,
 * is the first sign that some app may open: the federation runtime every open needs is loaded then (once), so an
 * idle desktop does without it. Resting there for INTENT_MS fetches the app's files (nothing of it runs). The button
 * going down is the first sign of this app's open, 50–150 ms before the click (which comes with the button's
 * release): the app's files and first data are asked for then, and again at the click for the keyboard (the runtime
 * drops repeats). A click with a modifier key is left to the browser (a new tab).
 */
export function appLinkHandlers(id: string, href: string, runtime: AppRuntime, navigate: (to: string) => void) {
  const arrive = () => {
    runtime.warm();
    startIntent(id, runtime);
  };
  const leave = () => {
    if (intent?.id === id) cancelIntent();
  };
  return {
    onPointerEnter(event: PointerEvent) {
      // A touch's pointer arrives with the tap itself, which the press below handles.
      if (event.pointerType === 'touch') runtime.warm();
      else arrive();
    },
    onPointerLeave: leave,
    onFocus: arrive,
    onBlur: leave,
    onPointerDown(event: PointerEvent) {
      cancelIntent();
      if (plain(event)) runtime.preload(id);
    },
    onClick(event: MouseEvent) {
      if (!plain(event)) return;
      event.preventDefault();
      cancelIntent();
      // Start fetching the app now: the route change and the desktop's re-render then overlap the download.
      runtime.preload(id);
      navigate(href);
    },
  };
}
