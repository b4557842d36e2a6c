import type { Browser, BrowserContext } from 'playwright-core';

// One sign-in per user and server for the whole run: the registry rate-limits logins (20 a minute), and each run needs a fresh
// context (an empty cache) but not a fresh session.
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

/** A fresh browser context (empty cache) at 1366×768, zh-CN, signed in as `username` (password `toolbox`). */
export async function signedInContext(browser: Browser, origin: string, username = 'staff'): Promise<BrowserContext> {
  // bypassCSP: the harness's own timing code is evaluated in the page (every page alike); the pages' CSP forbids eval.
  const options = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', bypassCSP: true } as const;
  const key = `${origin} ${username}`;
  const state = sessions.get(key);
  if (state) return browser.newContext({ ...options, storageState: state });
  const context = await browser.newContext(options);
  const res = await context.request.post(`${origin}/api/auth/login`, { data: { username, password: 'toolbox' } });
  if (!res.ok()) throw new Error(`login ${username}: ${res.status()}`);
  sessions.set(key, await context.storageState());
  return context;
}
