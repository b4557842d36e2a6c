/** How many failed sign-ins each counter allows, and over how long. */
export interface LoginLimits {
  /** Failed sign-ins (and token mints) per client address and minute. */
  loginPerMinute: number;
  /** Failed sign-ins per user name and 15 minutes, from any number of addresses. */
  loginPerUsername: number;
  /** Failed sign-ins of everyone together per hour: the slow ceiling for a guesser with many addresses. */
  loginGlobalPerHour: number;
}

const MINUTE = 60_000;

/** Fixed windows per key. Expired keys are dropped as the map grows, so rotating addresses cannot fill memory. */
class WindowCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until `key` may try again, or 0. */
  waitMs(key: string, now: number): number {
    const w = this.windows.get(key);
    if (!w || w.resetAt <= now) return 0;
    return w.count >= this.max ? w.resetAt - now : 0;
  }

  hit(key: string, now: number): void {
    const w = this.windows.get(key);
    if (w && w.resetAt > now) {
      w.count += 1;
      return;
    }
    if (this.windows.size >= 10_000) {
      for (const [k, v] of this.windows) if (v.resetAt <= now) this.windows.delete(k);
    }
    this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
  }
}

/**
 * Counts failed password checks three ways, each on its own: per address (one guesser), per user name (many
 * addresses guessing one account) and globally (many addresses, many names). Only failures count, so a street office
 * behind one NAT address signing in at 9:00 is never refused, and a guesser cannot escape by cycling user names (the
 * old key was address + name: 200 names from one address got 200 × 401). Kept in memory per instance: with several
 * instances each allows the limits on its own (docs/security.md, Limits).
 */
export class LoginLimiter {
  private readonly perAddress: WindowCounter;
  private readonly perUsername: WindowCounter;
  private readonly global: WindowCounter;

  constructor(limits: LoginLimits) {
    this.perAddress = new WindowCounter(limits.loginPerMinute, MINUTE);
    this.perUsername = new WindowCounter(limits.loginPerUsername, 15 * MINUTE);
    this.global = new WindowCounter(limits.loginGlobalPerHour, 60 * MINUTE);
  }

  /** Seconds to wait before `address` may try `username` again, or 0 when it may now. */
  retryAfterSeconds(address: string, username: string, now: Date): number {
    const t = now.getTime();
    const wait = Math.max(this.perAddress.waitMs(address, t), this.perUsername.waitMs(normalize(username), t), this.global.waitMs('', t));
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  /** Records a wrong password (or an unknown user) from `address` for `username`. */
  fail(address: string, username: string, now: Date): void {
    const t = now.getTime();
    this.perAddress.hit(address, t);
    this.perUsername.hit(normalize(username), t);
    this.global.hit('', t);
  }
}

function normalize(username: string): string {
  return username.trim().toLowerCase();
}
