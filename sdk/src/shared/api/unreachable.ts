/*
 * A request that got no answer at all (offline, the server down or restarting). Its own module, without the Chinese
 * texts of every code, so the desktop's first load can word it: when the network is down, the chunk that holds those
 * texts cannot be fetched either.
 */
import type { Locale } from '../types.ts';

const UNREACHABLE: Readonly<Record<Locale, string>> = {
  'zh-CN': '连不上工具箱服务器，请检查网络后重试。',
  en: 'Could not reach the Toolbox server: check the network and try again.',
};

/**
 * "Could not reach the server" in `locale` if `error` is what `fetch` rejects with when no answer came (a TypeError,
 * worded by each engine its own way: Chromium "Failed to fetch", Node "fetch failed", Firefox "NetworkError when
 * attempting to fetch resource.", Safari "Load failed"); otherwise undefined.
 * ```ts
 * unreachableMessage(new TypeError('Failed to fetch'), 'zh-CN'); // 连不上工具箱服务器，请检查网络后重试。
 * ```
 */
export function unreachableMessage(error: unknown, locale: Locale): string | undefined {
  return error instanceof TypeError && /fetch|network|load failed/i.test(error.message) ? UNREACHABLE[locale] : undefined;
}
