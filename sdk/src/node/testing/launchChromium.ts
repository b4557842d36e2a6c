import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Flags for Debian's Chromium in tests: headless without a sandbox or GPU, and none of the background traffic
 * (component updates, sync, QUIC probes) that floods a closed network with refused connections.
 */
export const CHROMIUM_ARGS: string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium is: `$CHROMIUM_PATH`, or Debian's `/usr/bin/chromium` (never a downloaded browser). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchChromiumOptions {
  /** The window; the district's usual screen by default. */
  viewport?: { width: number; height: number };
  /** The browser's language, its own widgets (the date picker) included. */
  locale?: 'zh-CN' | 'en';
  /** Flags added to {@link CHROMIUM_ARGS}. */
  args?: string[];
}

export interface ChromiumSession {
  context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/**
 * Debian's Chromium (`playwright-core`, which the tests bring) with a fresh profile in a temporary folder, 1366×768,
 * in Chinese and Asia/Shanghai as on a committee's PC.
 */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<ChromiumSession> {
  const locale = options.locale ?? 'zh-CN';
  const profile = mkdtempSync(join(tmpdir(), 'toolbox-chromium-'));
  // Chromium's own widgets follow the process language and --lang, not the page's.
  const lang = locale === 'en' ? { flag: 'en-US', env: 'en_US.UTF-8', language: 'en_US:en' } : { flag: 'zh-CN', env: 'zh_CN.UTF-8', language: 'zh_CN:zh' };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, `--lang=${lang.flag}`, ...(options.args ?? [])],
      viewport: options.viewport ?? { width: 1366, height: 768 },
      locale,
      timezoneId: 'Asia/Shanghai',
      env: { ...process.env, LANG: lang.env, LANGUAGE: lang.language },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
