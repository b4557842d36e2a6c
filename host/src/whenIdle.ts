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

/**
 * One write (to localStorage, say) kept for when the browser is idle: `later()` asks for it (repeats coalesce),
 * `flush()` does an asked-for write at once (before a read of what it writes, or as the page goes), `now()` writes at
 * once whether asked or not.
 */
export function idleWrite(write: () => void): { later(): void; flush(): void; now(): void } {
  let asked = false;
  const now = () => {
    asked = false;
    write();
  };
  const flush = () => {
    if (asked) now();
  };
  return {
    later() {
      if (asked) return;
      asked = true;
      whenIdle(flush);
    },
    flush,
    now,
  };
}
