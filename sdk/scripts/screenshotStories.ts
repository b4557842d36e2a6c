// Takes a screenshot of every story of the built Storybook (storybook-static/) in headless Chromium, at the
// 1366×768 screen the district's offices use, so the kit can be looked at without a desktop.
// Usage: node --import tsx scripts/screenshotStories.ts [outDir] [filter]
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../src/node/testing/index.ts';
import { serveDir } from '../test/helpers/serveDir.ts';

const root = join(import.meta.dirname, '..');
const staticDir = join(root, 'storybook-static');
const outDir = process.argv[2] ?? join(root, '.tmp', 'shots');
const filter = process.argv[3] ?? '';
mkdirSync(outDir, { recursive: true });

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; type: string }> };
const ids = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter)).map((e) => e.id);
const { url, server } = await serveDir(staticDir);
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const id of ids) {
    await page.goto(`${url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    await page.waitForSelector('#storybook-root > *', { timeout: 15_000 });
    await page.waitForTimeout(300);
    const file = join(outDir, `${id.replace(/[^\w-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
  server.close();
}
