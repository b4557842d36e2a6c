// Host benchmark (issues 4 and 14): how much slower is opening an app through the host (Module Federation + single-spa)
// than the same component bundled statically into a page, in the same Chromium run, cold and warm; and how much JS the
// host itself costs beyond React.
// Run: cd bench && node --conditions=development --import tsx host.ts [runs=7] [host dist dir=host/dist]
// (the condition resolves @toolbox/sdk subpaths to their source, as the tests do, so no SDK build is needed)
//
// - The real product: the registry server with demo data serving host/dist, visit-log published through the real
//   API (the same start-up as the e2e tests). The component is visit-log's list: its filter form and a table of 50
//   records, created first so both pages show the same 50 rows.
// - The static page: visit-log's own `./app` lifecycles imported statically into one Vite bundle with React and the
//   host's ToolboxContext, built here. The registry server serves both pages from one origin, as it serves the host in
//   production: the static page is added under /static/ to a copy of host/dist. (Until 28 November 2026 a small Node
//   proxy in the benchmark process shared the origin; every request paid its hop, the host's 8 of a cold open more
//   than the static page's one.)
// - The host starts the reads an app names in `preloadData` at the press, with its code; the static page mounts the
//   app as it is written, so its first read starts at its mount.
// - A real press (Playwright's mouse: pointerdown, mouseup, click) on the tile or the button. Timed in the page, from
//   the pointerdown and from the click, until the frame shows the table's last record. Cold = a fresh browser context
//   (empty HTTP cache, nothing prefetched: visit-log is not pinned); warm = back and open again. A third variant rests
//   the pointer on the tile for 300 ms before its cold press, as a person does, while the host fetches the app's files.
// - Two conditions, each applied to both pages alike: loopback, and a committee's office PC (40 ms of latency,
//   20 Mbit/s, the CPU slowed 4×, through the DevTools protocol).
// - Medians of N interleaved runs (host, static, host, static…) so drift hits both alike; the machine's load average
//   is printed with each condition (figures on a loaded machine are noisy).
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { startProduct, repoRoot, type Product } from '../host/e2e/support/startProduct.ts';
import { CHROMIUM_ARGS } from '../host/test/support/launchChromium.ts';
import { printPhase, runInterleaved, type Sample, type Variant } from './open/compareOpens.ts';
import { LOOPBACK, OFFICE_PC, type Condition } from './open/conditions.ts';
import { createVisits } from './open/createVisits.ts';
import { openFromDesktop } from './open/openFromDesktop.ts';
import { marksSince, pressToContent } from './open/pressToContent.ts';
import { signedInContext } from './open/signedInContext.ts';
import { viteBuild } from '../host/e2e/support/viteBuild.ts';
import { DESKTOP_JS_BUDGET, desktopJs, reactOnlyJs } from '../host/e2e/support/desktopJs.ts';

const RUNS = Number(process.argv[2] ?? 7);
const hostDir = join(repoRoot, 'host');
/** The built host to measure (a before/after comparison builds two). */
const hostDist = process.argv[3] ? resolve(process.argv[3]) : join(hostDir, 'dist');
const ROWS = 50;
/** How long the pointer rests on the tile before the press, in the third variant. */
const REST_MS = 300;
const staticDir = join(hostDir, '.tmp/bench-static');
/** What the server serves: a copy of the host dist (a build started meanwhile cannot change it) and the static page. */
const site = join(hostDir, '.tmp/bench-site');
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
  await viteBuild(staticDir, { base: '/static/', resolve: { dedupe: ['react', 'react-dom', '@toolbox/sdk'] } });
  return join(staticDir, 'dist');
}

async function measureStatic(browser: Browser, origin: string, condition: Condition): Promise<Sample> {
  const context = await signedInContext(browser, origin);
  const page = await context.newPage();
  await condition.apply?.(page);
  await page.goto(`${origin}/static/`);
  await page.waitForFunction('window.__ready === true');
  await page.waitForLoadState('networkidle');
  const cold = await pressToContent(page, '#open', '#frame', RECORD);
  const coldMarks = await marksSince(page, cold.down);
  await page.evaluate('window.__close()');
  await page.waitForTimeout(300);
  const warm = await pressToContent(page, '#open', '#frame', RECORD);
  const marks = await marksSince(page, warm.down);
  await context.close();
  return { cold, warm, marks, coldMarks };
}

/** Gzipped bytes of the JS the host page loads (its own files, not the apps'), up to an idle desktop. */
async function hostJs(browser: Browser, origin: string): Promise<{ files: { url: string; gzip: number }[] }> {
  const context = await signedInContext(browser, origin);
  const page = await context.newPage();
  const files = await desktopJs(page, origin, site, async () => {
    await page.goto(`${origin}/`);
  });
  await context.close();
  return { files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main(): Promise<void> {
  console.log('▶ building the static page');
  const staticDist = await buildStaticPage();
  // What the server serves at `/`: the host as built, and the static page under /static/.
  rmSync(site, { recursive: true, force: true });
  cpSync(hostDist, site, { recursive: true });
  cpSync(staticDist, join(site, 'static'), { recursive: true });
  console.log('▶ starting the product (registry server + host/dist + published plugins)');
  const product: Product = await startProduct({ hostDir: site });
  let browser: Browser | undefined;
  try {
    await createVisits(product.origin, await product.cookieFor('staff'), ROWS, RECORD);
    const started = { origin: product.origin };
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

    const variants: Variant[] = [
      { name: 'host', measure: (condition) => openFromDesktop(browser!, started.origin, condition, 'visit-log', RECORD) },
      { name: 'static', measure: (condition) => measureStatic(browser!, started.origin, condition) },
      // A person rests the pointer on a tile before pressing it; the host fetches the app's files meanwhile.
      { name: `host after a ${REST_MS} ms rest`, measure: (condition) => openFromDesktop(browser!, started.origin, condition, 'visit-log', RECORD, REST_MS) },
    ];
    const phases = [await runInterleaved(variants, LOOPBACK, RUNS), await runInterleaved(variants, OFFICE_PC, RUNS)];
    const js = await hostJs(browser, started.origin);
    const react = await reactOnlyJs(join(hostDir, '.tmp/bench-react-only'));
    const total = js.files.reduce((s, f) => s + f.gzip, 0);
    const pinyin = readdirSync(join(site, 'assets')).find((f) => /^esm-.*\.js$/.test(f));
    const lazy = pinyin ? gzipSync(readFileSync(join(site, 'assets', pinyin))).length : 0;

    for (const phase of phases) {
      const goals = phase.condition.office ? { coldFromDown: '≤ 1.4×', warmFromDown: '' } : { coldFromDown: '≤ 1.3×', warmFromDown: '≤ 1.1×' };
      printPhase(`visit-log (filter form + ${ROWS}-row table)`, variants, phase, goals);
    }
    console.log(`\nhost JS loaded to an idle desktop, gzip -6: ${kb(total)} in ${js.files.length} files`);
    for (const f of js.files.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.url}`);
    console.log(`  a page with only React 19 (createRoot + one element), same Vite: ${kb(react)}`);
    console.log(`  beyond React: ${kb(total - react)} (goal ≤ ${kb(DESKTOP_JS_BUDGET)})`);
    console.log(`  not included: the pinyin dictionary (${pinyin}), ${kb(lazy)}, loaded only on the first Latin search query`);
    const federation = readdirSync(join(site, 'assets')).find((f) => /^federation-.*\.js$/.test(f));
    if (federation && !js.files.some((f) => f.url.endsWith(federation))) console.log(`  (the Module Federation runtime, ${federation}, did not load to an idle desktop)`);
    const sdkShare = readdirSync(join(site, 'assets')).find((f) => /^sdkShare-.*\.js$/.test(f));
    if (sdkShare && !js.files.some((f) => f.url.endsWith(sdkShare))) {
      const share = gzipSync(readFileSync(join(site, 'assets', sdkShare))).length;
      console.log(`  not included: the SDK as the share scope hands it to apps (${sdkShare}), ${kb(share)}, loaded at the first hover, focus or press on an app`);
      console.log(`    (part of the cold figures above); with it: ${kb(total - react + share)} beyond React`);
    }
  } finally {
    await browser?.close();
    await product.stop();
  }
}

await main();
