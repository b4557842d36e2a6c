import type { ApiToken } from '../api/types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TokenFilter {
  /** Matched against the owner's name and username and the token's name. */
  text: string;
  hideExpired: boolean;
}

export const emptyTokenFilter: TokenFilter = { text: '', hideExpired: false };

/** Expired by the server's word or by the clock: a list read yesterday may hold a token that expired since. */
export function isExpired(token: ApiToken, now: Date): boolean {
  return token.expired || Date.parse(token.expiresAt) <= now.getTime();
}

/** Whole days left before `expiresAt`, rounded up (a token expiring in 3 h has 1 day left); 0 once expired. */
export function daysLeft(token: ApiToken, now: Date): number {
  if (isExpired(token, now)) return 0;
  return Math.ceil((Date.parse(token.expiresAt) - now.getTime()) / DAY_MS);
}

/** Newest first, whatever order the list came in, then the filter. */
export function visibleTokens(tokens: ApiToken[], filter: TokenFilter, now: Date): ApiToken[] {
  const needle = filter.text.trim().toLowerCase();
  return tokens
    .filter((t) => !filter.hideExpired || !isExpired(t, now))
    .filter(
      (t) =>
        !needle ||
        [t.user.name, t.user.username, t.name].some((field) => field.toLowerCase().includes(needle)),
    )
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
