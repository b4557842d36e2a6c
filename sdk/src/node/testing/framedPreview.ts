import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Locator, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { insideFrame } from './insideFrame.ts';
import { launchChromium, type ChromiumSession } from './launchChromium.ts';
import { overflowingElements } from './overflowingElements.ts';
import { SCREEN, previewPage } from './previewPage.ts';

export interface FramedPreview {
  /**
   * A new page with the app mounted in the frame in `locale` (it has drawn a header or a heading: the kit's
   * `PageHeader` draws a `<header>`, titled or not); throws if the page threw while loading.
   */
  open(locale: 'zh-CN' | 'en'): Promise<Page>;
  /** Saves `<name>.png` under the repository's test-output/ (ignored by git) for people to look at. */
  screenshot(page: Page, name: string): Promise<void>;
  /**
   * The check after each step of a test: saves the screenshot `<name>.png`, then lists what is wrong, empty when
   * nothing is (`expect(await preview.check(page, 'my-app-form-en', save)).toEqual([])`): the elements that stick out
   * of the frame (`overflowingElements`), and each `mustSee` element that cannot be seen without scrolling.
   */
  check(page: Page, name: string, ...mustSee: Locator[]): Promise<string[]>;
  close(): Promise<void>;
}

export interface FramedPreviewOptions {
  /** The page's script, relative to `<packageDir>/preview`; it mounts the app into `#frame`, reading `?locale=`. */
  entry?: string;
  /** Where screenshots go; `<packageDir>/../../test-output` (the repository's) by default. */
  outputDir?: string;
}

/**
 * Serves the package's preview (`preview/main.tsx`: the app with demo data) in a host-sized frame with Vite on 127.0.0.1
 * and opens it in Debian's Chromium at 1366×768, with a fresh profile and no background traffic.
 */
export async function framedPreview(packageDir: string, options: FramedPreviewOptions = {}): Promise<FramedPreview> {
  // A cache of pre-bundled dependencies of its own: a package's test files run at the same time, each with a server on
  // the same root, and servers sharing Vite's default cache rewrite it under each other's pages (a 404 for a chunk).
  const cacheDir = join(packageDir, 'node_modules', '.vite', `preview-${randomUUID()}`);
  const dropCache = () => rmSync(cacheDir, { recursive: true, force: true });
  const server: ViteDevServer = await createServer({
    root: join(packageDir, 'preview'),
    cacheDir,
    configFile: false,
    plugins: [react(), previewPage(options.entry)],
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent',
  });
  let browser: ChromiumSession;
  try {
    await server.listen();
    browser = await launchChromium({ viewport: { ...SCREEN } });
  } catch (error) {
    await server.close();
    dropCache();
    throw error;
  }
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
  const output = options.outputDir ?? join(packageDir, '..', '..', 'test-output');
  const screenshot = async (page: Page, name: string) => {
    mkdirSync(output, { recursive: true });
    await page.screenshot({ path: join(output, `${name}.png`) });
  };
  return {
    async open(locale) {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${url}?locale=${locale}`);
      await page.locator('#frame :is(header, h1, h2, h3)').first().waitFor({ timeout: 30_000 });
      if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
      return page;
    },
    screenshot,
    async check(page, name, ...mustSee) {
      await screenshot(page, name);
      const problems = await overflowingElements(page);
      for (const element of mustSee) if (!(await insideFrame(page, element))) problems.push(`not in sight in the frame: ${element}`);
      return problems;
    },
    async close() {
      await browser.close();
      await server.close();
      dropCache();
    },
  };
}
