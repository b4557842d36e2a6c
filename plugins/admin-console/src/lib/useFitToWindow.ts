import { useLayoutEffect, type RefObject } from 'react';

/** Below this the table and charts stop being useful; the page may scroll instead. */
const MIN_HEIGHT = 420;

/**
 * Sizes the console to the rest of the window below where the host placed it. The host's frame grows with its
 * content rather than having a fixed height, so without this the review table would push the page down instead of
 * scrolling inside the frame on a 1366×768 screen.
 */
export function useFitToWindow(ref: RefObject<HTMLElement | null>, bottomGap = 16): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      el.style.height = `${Math.max(MIN_HEIGHT, window.innerHeight - top - bottomGap)}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    // The host may show or hide a banner above the frame after mount (a deprecation notice, a toast).
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(fit);
    if (el.parentElement?.parentElement) observer?.observe(el.parentElement.parentElement);
    return () => {
      window.removeEventListener('resize', fit);
      observer?.disconnect();
    };
  }, [ref, bottomGap]);
}
