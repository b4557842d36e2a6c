/**
 * At most `perMinute` usage events per user per minute, as a token bucket: a user may send a full minute's worth at
 * once (a desktop's backlog after a while offline, then the pagehide beacon), and earns it back at an even rate.
 * A batch is taken whole or not at all, so a refused batch writes nothing and the desktop sends it again later.
 *
 * Kept in this instance's memory: behind several instances a user's events are limited per instance (see
 * docs/security.md, Limits). A bucket that has filled up again is forgotten, so memory follows the users active in
 * the last minute.
 */
export class UsageRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(private readonly perMinute: number) {}

  /** Takes `count` events of `userId` at `now` (ms); returns 0 when taken, else the seconds to wait (Retry-After). */
  take(userId: string, count: number, now: number): number {
    this.sweep(now);
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(userId);
    const tokens = b ? Math.min(this.perMinute, b.tokens + Math.max(0, now - b.at) * rate) : this.perMinute;
    if (count <= tokens) {
      this.buckets.set(userId, { tokens: tokens - count, at: now });
      return 0;
    }
    this.buckets.set(userId, { tokens, at: now });
    // A batch larger than the bucket can never pass: the wait is then a full minute, and the batch limit (500) is far
    // below any sensible perMinute.
    return Math.max(1, Math.ceil((Math.min(count, this.perMinute) - tokens) / rate / 1000));
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [user, b] of this.buckets) if (now - b.at >= 60_000) this.buckets.delete(user);
  }
}
