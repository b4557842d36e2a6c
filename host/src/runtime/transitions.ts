import type { AppStatus } from './appState.ts';

/**
 * What happens to an open, as the desktop sees it: `show` (an open that must show its frame at once: a first open, a
 * retry), `slow` (a re-open still waiting after SHOW_FRAME_MS), `mount` (the app's mount runs), `fail`, `withdraw`
 * (the catalogue pulled the version that runs: it is closed) and `close`.
 */
export type AppEvent = 'show' | 'slow' | 'mount' | 'fail' | 'withdraw' | 'close';

/**
 * The frame's status after each event. A pair that is not listed does nothing (no new state, no re-render): a frame
 * that is loading stays loading when asked to show, and a mounted or failed app is not hidden again by a late timer.
 * Whether the app is mounted at all is single-spa's (`getAppStatus`); this is only what its frame shows meanwhile.
 */
export const TRANSITIONS: Readonly<Record<AppStatus, Readonly<Partial<Record<AppEvent, AppStatus>>>>> = {
  idle: { show: 'loading', slow: 'loading', mount: 'mounted', fail: 'error', withdraw: 'withdrawn', close: 'idle' },
  loading: { mount: 'mounted', fail: 'error', withdraw: 'withdrawn', close: 'idle' },
  mounted: { show: 'loading', mount: 'mounted', fail: 'error', withdraw: 'withdrawn', close: 'idle' },
  error: { show: 'loading', fail: 'error', withdraw: 'withdrawn', close: 'idle' },
  // Opening the current version from the notice shows the frame loading, as a retry does.
  withdrawn: { show: 'loading', close: 'idle' },
};

export function nextStatus(from: AppStatus, event: AppEvent): AppStatus | undefined {
  return TRANSITIONS[from][event];
}
