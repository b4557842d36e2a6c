// What every screenshot script does around its clicks: the preview page (preview/vite.config.ts) in headless
// Chromium at 1366×768, its `/api` forwarded to a registry server (the test fixture server unless one is given), the
// page's errors printed, and everything stopped afterwards.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import { launchChromium } from '../e2e/support/launchChromium.ts';
import { startFixtureServer } from '../test/support/fixtureServer.ts';

export interface Screen {
  page: Page;
  /** The preview page's address. */
  url: string;
  /** Saves the page as it is now to `<out>/<name>.png`. */
  shot(name: string): Promise<void>;
}

/** Runs `shoot` on the preview page; `api` is the registry server to use (the fixture server when absent). */
export async function shootScreens(out: string, shoot: (screen: Screen) => Promise<void>, api?: string): Promise<void> {
  const fixture = api ? undefined : await startFixtureServer();
  const target = api ?? fixture!.url;
  process.env.TOOLBOX_API = target;
  // Host kept as the page's (changeOrigin false): the server's Origin check then sees the desktop's own origin, as in production.
  const vite = await createServer({
    configFile: join(import.meta.dirname, 'vite.config.ts'),
    server: { port: 0, proxy: { '/api': { target, changeOrigin: false } } },
  });
  await vite.listen();
  const url = vite.resolvedUrls!.local[0]!;
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
    await shoot({ page, url, shot: async (name) => void (await page.screenshot({ path: join(out, `${name}.png`) })) });
  } finally {
    await browser.close();
    await vite.close();
    await fixture?.close();
  }
}
