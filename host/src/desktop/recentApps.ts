// Recently opened apps, per user, on this browser (localStorage is enough: it is a convenience, not a record).
const MAX = 6;
const key = (userId: string) => `toolbox.recent.${userId}`;

export function readRecent(userId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(userId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function pushRecent(userId: string, appId: string): string[] {
  const next = [appId, ...readRecent(userId).filter((id) => id !== appId)].slice(0, MAX);
  try {
    localStorage.setItem(key(userId), JSON.stringify(next));
  } catch {
    // Not kept: fine.
  }
  return next;
}
