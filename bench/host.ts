// Host benchmark (issue 4): how much slower is opening an app through the host (Module Federation + single-spa) than
// the same component bundled statically into a page, in the same Chromium run, cold and warm; and how much JS the host
// itself costs beyond React.
// Run: cd bench && node --import tsx host.ts [runs=10]
//
// - The real product: the registry server with demo data serving host/dist, visit-log published through the real
//   API (the same start-up as the e2e tests). A record is created first so both pages show a real list.
// - The static page: visit-log's own `./app` lifecycles imported statically into one Vite bundle with React and the
//   host's ToolboxContext, built here. The registry server serves both pages from one origin, as it serves the host in
//   production: the static page is added under /static/ to a copy of host/dist. (Until 28 November 2026 a small Node
//   proxy in the benchmark process shared the origin; every request paid its hop, the host's 8 of a cold open more
//   than the static page's one.)
// - The host starts the reads an app names in `preloadData` at the click, with its code; the static page mounts the
//   app as it is written, so its first read starts at its mount.
// - "Click to content": performance.now() at the click, in the page, until the frame shows the record. Cold = a fresh
//   browser context (empty HTTP cache, nothing prefetched: visit-log is not pinned); warm = back and open again.
// - Medians of N interleaved runs (host, static, host, static…) so drift hits both alike.
import { createRequire } from 'node:module';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startProduct, repoRoot, type Product } from '../host/e2e/support/startProduct.ts';
import { shanghaiDay } from '@toolbox/sdk';
import { CHROMIUM_ARGS } from '../host/test/support/launchChromium.ts';

const RUNS = Number(process.argv[2] ?? 10);
const hostDir = join(repoRoot, 'host');
const staticDir = join(hostDir, '.tmp/bench-static');
const RECORD = `基准测试居民${Date.now().toString().slice(-5)}`;

/** Builds the static page: React + visit-log's lifecycles + the host's ToolboxContext, in one bundle. */
async function buildStaticPage(): Promise<string> {
  const src = join(staticDir, 'src');
  rmSync(staticDir, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(
    join(staticDir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>static</title></head><body>
<button id="open">打开居民走访记录</button><div id="frame"></div><script type="module" src="/src/main.ts"></script></body></html>`,
  );
  writeFileSync(
    join(src, 'main.ts'),
    `import { mount, unmount } from '${join(repoRoot, 'plugins/visit-log/src/app.tsx')}';
import { createToolboxContext } from '${join(hostDir, 'src/context/createToolboxContext.ts')}';
import { currentVersion } from '${join(hostDir, 'src/runtime/appVersion.ts')}';
const get = (path) => fetch(path, { credentials: 'include' }).then((r) => r.json());
const [{ user }, { items }] = await Promise.all([get('/api/me'), get('/api/catalog')]);
const item = items.find((i) => i.id === 'visit-log');
const toolbox = createToolboxContext(item, currentVersion(item), {
  apiVersion: '1.0.0', me: () => user, locale: () => 'zh-CN', onLocaleChange: () => () => undefined,
  navigate: () => undefined, notify: () => undefined, report: () => undefined,
});
const domElement = document.getElementById('frame');
const props = { name: 'visit-log', domElement, toolbox };
document.getElementById('open').addEventListener('click', () => void mount(props));
window.__close = () => unmount(props);
window.__ready = true;
`,
  );
  const require = createRequire(join(hostDir, 'package.json'));
  const { build } = (await import(require.resolve('vite'))) as typeof import('vite');
  const react = ((await import(require.resolve('@vitejs/plugin-react'))) as { default: () => import('vite').PluginOption }).default;
  await build({
    root: staticDir,
    base: '/static/',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { dedupe: ['react', 'react-dom', '@toolbox/sdk'] },
    build: { outDir: join(staticDir, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  return join(staticDir, 'dist');
}

// Written as a string: tsx (esbuild keepNames) would wrap functions passed to page.evaluate in a `__name` helper that
// does not exist in the page.
const CLICK_TO_CONTENT = `({ click, frame, text }) => new Promise((resolve) => {
  let t0 = 0;
  const observer = new MutationObserver(() => {
    const el = document.querySelector(frame);
    if (el && el.textContent && el.textContent.includes(text)) {
      observer.disconnect();
      resolve(performance.now() - t0);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  t0 = performance.now();
  document.querySelector(click).click();
})`;

/** Clicks, then resolves when the frame's text contains `text`: milliseconds, measured inside the page. */
async function clickToContent(page: Page, click: string, frame: string, text: string): Promise<number> {
  const fn = await page.evaluateHandle(CLICK_TO_CONTENT);
  const ms = await fn.evaluate((f, args) => (f as unknown as (a: typeof args) => Promise<number>)(args), { click, frame, text });
  await fn.dispose();
  return ms;
}

// One sign-in for the whole run: the registry rate-limits logins (20 a minute), and each run needs a fresh context
// (an empty cache) but not a fresh session.
let sessionState: Awaited<ReturnType<BrowserContext['storageState']>> | undefined;

async function signedInContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const options = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' } as const;
  if (sessionState) return browser.newContext({ ...options, storageState: sessionState });
  const context = await browser.newContext(options);
  const res = await context.request.post(`${origin}/api/auth/login`, { data: { username: 'staff', password: 'toolbox' } });
  if (!res.ok()) throw new Error(`login: ${res.status()}`);
  sessionState = await context.storageState();
  return context;
}

interface Sample {
  cold: number;
  warm: number;
}

async function measureHost(browser: Browser, origin: string): Promise<Sample> {
  const context = await signedInContext(browser, origin);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.locator('[data-app="visit-log"] .tile-open').first().waitFor();
  await page.waitForLoadState('networkidle');
  const cold = await clickToContent(page, '.groups [data-app="visit-log"] .tile-open', '.app-frame', RECORD);
  await page.locator('.button-back').click();
  await page.locator('[data-app="visit-log"] .tile-open').first().waitFor();
  await page.waitForTimeout(100);
  const warm = await clickToContent(page, '.groups [data-app="visit-log"] .tile-open', '.app-frame', RECORD);
  await context.close();
  return { cold, warm };
}

async function measureStatic(browser: Browser, origin: string): Promise<Sample> {
  const context = await signedInContext(browser, origin);
  const page = await context.newPage();
  await page.goto(`${origin}/static/`);
  await page.waitForFunction('window.__ready === true');
  await page.waitForLoadState('networkidle');
  const cold = await clickToContent(page, '#open', '#frame', RECORD);
  await page.evaluate('window.__close()');
  await page.waitForTimeout(100);
  const warm = await clickToContent(page, '#open', '#frame', RECORD);
  await context.close();
  return { cold, warm };
}

/** Gzipped bytes of the JS the host page loads (its own files, not the apps'), up to an idle desktop. */
async function hostJs(browser: Browser, origin: string): Promise<{ files: { url: string; gzip: number }[] }> {
  const context = await signedInContext(browser, origin);
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (r.request().resourceType() === 'script' || url.pathname.endsWith('.js')) if (!url.pathname.startsWith('/bundles/') && !url.pathname.startsWith('/api/')) urls.push(url.pathname);
  });
  await page.goto(`${origin}/`);
  await page.locator('[data-app="visit-log"] .tile-open').first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...new Set(urls)].map((url) => ({ url, gzip: gzipSync(readFileSync(join(hostDir, 'dist', url))).length }));
  return { files };
}

/**
 * What "beyond React" subtracts: the gzipped JS of a page that only renders one element with React 19's createRoot,
 * built by the same Vite with the same settings. (React's CommonJS files would overstate it: Vite tree-shakes them.)
 */
async function reactBaseline(): Promise<number> {
  const dir = join(hostDir, '.tmp/bench-react-only');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="r"></div><script type="module" src="/src/main.tsx"></script>');
  writeFileSync(join(dir, 'src/main.tsx'), "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('r')!).render(<p>React</p>);\n");
  const require = createRequire(join(hostDir, 'package.json'));
  const { build } = (await import(require.resolve('vite'))) as typeof import('vite');
  const react = ((await import(require.resolve('@vitejs/plugin-react'))) as { default: () => import('vite').PluginOption }).default;
  await build({ root: dir, configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir: join(dir, 'dist'), target: 'es2022' } });
  const assets = join(dir, 'dist/assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main(): Promise<void> {
  console.log('▶ building the static page');
  const staticDist = await buildStaticPage();
  // What the server serves at `/`: the host as built, and the static page under /static/.
  const site = join(hostDir, '.tmp/bench-site');
  rmSync(site, { recursive: true, force: true });
  cpSync(join(hostDir, 'dist'), site, { recursive: true });
  cpSync(staticDist, join(site, 'static'), { recursive: true });
  console.log('▶ starting the product (registry server + host/dist + published plugins)');
  const product: Product = await startProduct({ hostDir: site });
  let browser: Browser | undefined;
  try {
    const cookie = await product.cookieFor('staff');
    const created = await fetch(`${product.origin}/api/apps/visit-log/data/visits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ residentName: RECORD, category: '独居老人', visitDate: shanghaiDay(new Date()), building: '12号楼', room: '302室', visitor: '王芳', needsFollowUp: false }),
    });
    if (created.status !== 201) throw new Error(`creating the record: ${created.status} ${await created.text()}`);
    const started = { origin: product.origin };
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

    const runPhase = async (label: string) => {
      // One unrecorded round of each warms the server (SQLite pages, Node's JIT), not the browser: contexts are fresh.
      await measureHost(browser!, started.origin);
      await measureStatic(browser!, started.origin);
      const host: Sample[] = [];
      const stat: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        host.push(await measureHost(browser!, started.origin));
        stat.push(await measureStatic(browser!, started.origin));
        process.stdout.write(`  ${label} run ${i + 1}/${RUNS}: host ${host[i]!.cold.toFixed(0)}/${host[i]!.warm.toFixed(0)} ms, static ${stat[i]!.cold.toFixed(0)}/${stat[i]!.warm.toFixed(0)} ms\n`);
      }
      return { host, stat };
    };
    const published = await runPhase('visit-log');
    const js = await hostJs(browser, started.origin);
    const react = await reactBaseline();
    const total = js.files.reduce((s, f) => s + f.gzip, 0);
    const pinyin = readdirSync(join(hostDir, 'dist/assets')).find((f) => /^esm-.*\.js$/.test(f));
    const lazy = pinyin ? gzipSync(readFileSync(join(hostDir, 'dist/assets', pinyin))).length : 0;

    const summary = (label: string, { host, stat }: { host: Sample[]; stat: Sample[] }) => {
      const hc = median(host.map((x) => x.cold));
      const hw = median(host.map((x) => x.warm));
      const sc = median(stat.map((x) => x.cold));
      const sw = median(stat.map((x) => x.warm));
      console.log(`\nvisit-log ${label}, click to content, medians of ${RUNS} interleaved runs (Chromium, loopback):`);
      console.log(`  cold: host ${hc.toFixed(1)} ms, static ${sc.toFixed(1)} ms → ${(hc / sc).toFixed(2)}× (goal ≤ 1.8×)`);
      console.log(`  warm: host ${hw.toFixed(1)} ms, static ${sw.toFixed(1)} ms → ${(hw / sw).toFixed(2)}× (goal ≤ 1.15×)`);
    };
    summary('as published', published);
    console.log(`\nhost JS loaded to an idle desktop, gzip -6: ${kb(total)} in ${js.files.length} files`);
    for (const f of js.files.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.url}`);
    console.log(`  a page with only React 19 (createRoot + one element), same Vite: ${kb(react)}`);
    console.log(`  beyond React: ${kb(total - react)} (goal ≤ 45 kB)`);
    console.log(`  not included: the pinyin dictionary (${pinyin}), ${kb(lazy)}, loaded only on the first Latin search query`);
    const federation = readdirSync(join(hostDir, 'dist/assets')).find((f) => /^federation-.*\.js$/.test(f));
    if (federation && !js.files.some((f) => f.url.endsWith(federation))) {
      const runtime = gzipSync(readFileSync(join(hostDir, 'dist/assets', federation))).length;
      console.log(`  not included: the Module Federation runtime (${federation}), ${kb(runtime)}, loaded on the first open of an app`);
      console.log(`    (part of the cold figures above); desktop and runtime together: ${kb(total - react + runtime)} beyond React`);
    }
  } finally {
    await browser?.close();
    await product.stop();
  }
}

await main();
