import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/** What the host gives an app on a 1366×768 screen: a frame of about 1300×620 below its header. */
export const SCREEN = { width: 1366, height: 768 };
export const FRAME = { width: 1300, height: 620 };

export interface FramedPreview {
  open(locale: 'zh-CN' | 'en'): Promise<Page>;
  /** Saves a screenshot under test-output/ (ignored by git) for people to look at. */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Serves the package's preview page (the app with demo data in a host-sized frame) with Vite on 127.0.0.1 and opens it
 * in Debian's Chromium, headless, with a fresh profile and no background traffic (stack.md).
 */
export async function framedPreview(packageDir: string): Promise<FramedPreview> {
  const server: ViteDevServer = await createServer({
    root: join(packageDir, 'preview'),
    configFile: false,
    plugins: [react()],
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server has no local URL');
  const profile = mkdtempSync(join(tmpdir(), 'toolbox-plugin-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      viewport: SCREEN,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  const output = join(packageDir, '..', '..', 'test-output');
  return {
    async open(locale) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${url}?locale=${locale}`);
      await page.locator('#frame h2').first().waitFor({ timeout: 30_000 });
      if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
      return page;
    },
    async screenshot(page, name) {
      mkdirSync(output, { recursive: true });
      await page.screenshot({ path: join(output, `${name}.png`) });
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Elements of the app that stick out of the frame on the right, or are cut off by it (nothing should). */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const frame = document.getElementById('frame');
    if (!frame) return ['#frame missing'];
    const right = frame.getBoundingClientRect().right;
    return [...frame.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > right + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').slice(0, 20)}”`);
  });
}

/** Whether an element lies entirely inside the frame, i.e. can be seen without scrolling. */
export async function insideFrame(page: Page, selector: ReturnType<Page['locator']>): Promise<boolean> {
  const [box, frame] = await Promise.all([selector.boundingBox(), page.locator('#frame').boundingBox()]);
  if (!box || !frame) return false;
  return box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
}
