import type { MouseEvent, PointerEvent } from 'react';
import type { AppRuntime } from '../runtime/createAppRuntime.ts';

const plain = (event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean }) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey;

/**
 * The handlers of a link that opens an app (a tile, a recent app). A pointer coming over it, or the keyboard's focus,
 * is the first sign that some app may open: the federation runtime every open needs is loaded then (once), so an
 * idle desktop does without it. The button going down is the first sign of this app's open, 50–150 ms before the
 * click (which comes with the button's release): the app's files and first data are asked for then, and again at
 * the click for the keyboard (the runtime drops repeats). A click with a modifier key is left to the browser (a new
 * tab).
 */
export function appLinkHandlers(id: string, href: string, runtime: AppRuntime, navigate: (to: string) => void) {
  return {
    onPointerEnter: runtime.warm,
    onFocus: runtime.warm,
    onPointerDown(event: PointerEvent) {
      if (plain(event)) runtime.preload(id);
    },
    onClick(event: MouseEvent) {
      if (!plain(event)) return;
      event.preventDefault();
      // Start fetching the app now: the route change and the desktop's re-render then overlap the download.
      runtime.preload(id);
      navigate(href);
    },
  };
}
