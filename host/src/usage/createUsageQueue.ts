import type { UsageEvent, UsageEventType } from '@toolbox/sdk';
import { idleWrite } from '../whenIdle.ts';
import { newEventId } from './newEventId.ts';

export interface UsageQueueOptions {
  /** Where the events go: POST {events}. */
  url: string;
  /** localStorage key: events wait there until the server has them (offline, closed tab). */
  storageKey: string;
  /** Send once this many events wait. */
  batchSize?: number;
  /** Send what waits at least this often. */
  intervalMs?: number;
  now?: () => Date;
  fetch?: typeof fetch;
  sendBeacon?: (url: string, data: Blob) => boolean;
}

export interface UsageQueue {
  record(app: string, type: UsageEventType): UsageEvent;
  /** Sends what waits; resolves true when the server took it. */
  flush(): Promise<boolean>;
  pending(): UsageEvent[];
  /** Stops the timer and the page listeners. */
  stop(): void;
}

/**
 * Usage events (open, close, load_error, action:*) with a unique id each, so the server can drop a duplicate when a
 * batch is sent twice (beacon and retry). No time-on-page is ever measured (design.md): only that something happened.
 */
export function createUsageQueue(options: UsageQueueOptions): UsageQueue {
  const batchSize = options.batchSize ?? 20;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const beacon =
    options.sendBeacon ??
    ((url: string, data: Blob) => (typeof navigator !== 'undefined' && navigator.sendBeacon ? navigator.sendBeacon(url, data) : false));
  let inFlight: Promise<boolean> | undefined;

  const load = (): UsageEvent[] => {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(options.storageKey) ?? '[]');
      return Array.isArray(parsed) ? (parsed as UsageEvent[]) : [];
    } catch {
      return [];
    }
  };
  let queue = load();
  const save = () => {
    try {
      // Bound what an offline week can pile up: the oldest events go first.
      if (queue.length > 2000) queue = queue.slice(-2000);
      localStorage.setItem(options.storageKey, JSON.stringify(queue));
    } catch {
      // Storage full or disabled: events stay in memory for this page.
    }
  };
  // A new event is written when the browser is idle: record() runs as an app opens, and a localStorage write costs
  // about a millisecond in Chromium. Leaving the page (pagehide, a hidden tab) and stop() write at once.
  const saving = idleWrite(save);
  const drop = (sent: UsageEvent[]) => {
    const ids = new Set(sent.map((e) => e.id));
    queue = queue.filter((e) => !ids.has(e.id));
    saving.now();
  };

  const flush = (): Promise<boolean> => {
    if (inFlight) return inFlight;
    if (queue.length === 0) return Promise.resolve(true);
    const batch = queue.slice(0, 500);
    inFlight = doFetch(options.url, {
      method: 'POST',
      credentials: 'include',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: batch }),
    })
      .then((response) => {
        // 4xx other than 401/429 means the server will never take this batch: drop it rather than retry forever.
        if (response.ok || (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 429)) {
          drop(batch);
          return response.ok;
        }
        return false;
      })
      .catch(() => false)
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  const onPageHide = () => {
    if (queue.length > 0) {
      const batch = queue.slice(0, 500);
      const blob = new Blob([JSON.stringify({ events: batch })], { type: 'application/json' });
      if (beacon(options.url, blob)) drop(batch);
    }
    saving.flush();
  };
  const onOnline = () => void flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onPageHide();
  };

  const timer = setInterval(() => void flush(), options.intervalMs ?? 15_000);
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisibility);
  }
  if (queue.length > 0) void flush();

  return {
    record(app, type) {
      const event: UsageEvent = { id: newEventId(), app, type, at: (options.now?.() ?? new Date()).toISOString() };
      queue.push(event);
      saving.later();
      if (queue.length >= batchSize || type === 'load_error') void flush();
      return event;
    },
    flush,
    pending: () => [...queue],
    stop() {
      saving.flush();
      clearInterval(timer);
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', onPageHide);
        window.removeEventListener('online', onOnline);
        document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
}
