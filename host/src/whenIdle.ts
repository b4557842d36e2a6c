export type IdleScheduler = (callback: () => void) => void;

/**
 * Runs `callback` when the browser is idle (at the latest after 3 s), or soon where there is no idle callback. For
 * work the desktop does not need at once: warming caches, prefetching, and writes to localStorage (about a
 * millisecond each in Chromium) that would otherwise fall into the moment an app opens.
 */
export const whenIdle: IdleScheduler = (callback) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 3000 });
  else setTimeout(callback, 200);
};
