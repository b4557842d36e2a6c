import { idleWrite } from '../whenIdle.ts';

// Recently opened apps, per user, on this browser (localStorage is enough: it is a convenience, not a record).
const MAX = 6;
const key = (userId: string) => `toolbox.recent.${userId}`;

// Opens not yet written: writing localStorage costs about a millisecond in Chromium, at the moment an app is opening,
// so an open is written when the browser is idle, or before the list is next read, whichever comes first.
const pending: { userId: string; appId: string }[] = [];

function stored(userId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(userId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

const writing = idleWrite(() => {
  for (const { userId, appId } of pending.splice(0)) {
    const next = [appId, ...stored(userId).filter((id) => id !== appId)].slice(0, MAX);
    try {
      localStorage.setItem(key(userId), JSON.stringify(next));
    } catch {
      // Not kept: fine.
    }
  }
});

export function readRecent(userId: string): string[] {
  writing.flush();
  return stored(userId);
}

/** Records that `userId` opened `appId` (most recent first, at most six), written when the browser is idle. */
export function pushRecent(userId: string, appId: string): void {
  pending.push({ userId, appId });
  writing.later();
}
