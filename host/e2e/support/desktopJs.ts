import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { viteBuild } from './viteBuild.ts';

/** The host's own JS up to an idle desktop, gzip -6 beyond what React alone costs (issue 14's figure). */
export const DESKTOP_JS_BUDGET = 45 * 1024;

/**
 * The host's own JS files a page loads until the desktop is idle (its tiles shown, then no request for 500 ms: the
 * federation runtime and the SDK check load when the browser is idle, and count), each with its gzipped size as
 * served from `site` (the host's dist). Apps' bundles and the API are not the host's. Call before the page navigates.
 */
export async function desktopJs(page: Page, origin: string, site: string, signIn: () => Promise<void>): Promise<{ url: string; gzip: number }[]> {
  const urls = new Set<string>();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin || url.pathname.startsWith('/bundles/') || url.pathname.startsWith('/api/')) return;
    if (r.request().resourceType() === 'script' || url.pathname.endsWith('.js')) urls.add(url.pathname);
  });
  await signIn();
  await page.locator('.tile-open').first().waitFor();
  await page.waitForLoadState('networkidle');
  return [...urls].map((url) => ({ url, gzip: gzipSync(readFileSync(join(site, url))).length }));
}

/**
 * What "beyond React" subtracts: the gzipped JS of a page that only renders one element with React 19's createRoot,
 * built by the host's Vite with the same settings in `workDir`. (React's CommonJS files would overstate it: Vite
 * tree-shakes them.)
 */
export async function reactOnlyJs(workDir: string): Promise<number> {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(join(workDir, 'src'), { recursive: true });
  writeFileSync(join(workDir, 'index.html'), '<!doctype html><div id="r"></div><script type="module" src="/src/main.tsx"></script>');
  writeFileSync(join(workDir, 'src/main.tsx'), "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('r')!).render(<p>React</p>);\n");
  // React's production build, as the host's own: under Vitest NODE_ENV is `test`, and Vite would otherwise bundle
  // React's development build (twice the size), which made the budget impossible to exceed.
  await viteBuild(workDir, { mode: 'production', define: { 'process.env.NODE_ENV': JSON.stringify('production') } });
  const assets = join(workDir, 'dist/assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
}
