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
//   (empty HTTP cache, nothing prefetched: visit-log is not pinned); warm = back and open again.
// - Two conditions, each applied to both pages alike: loopback, and a committee's office PC (40 ms of latency,
//   20 Mbit/s, the CPU slowed 4×, through the DevTools protocol).
// - Medians of N interleaved runs (host, static, host, static…) so drift hits both alike; the machine's load average
//   is printed with each condition (figures on a loaded machine are noisy).
import { createRequire } from 'node:module';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startProduct, repoRoot, type Product } from '../host/e2e/support/startProduct.ts';
import { shanghaiDay } from '@toolbox/sdk';
import { CHROMIUM_ARGS } from '../host/test/support/launchChromium.ts';

const RUNS = Number(process.argv[2] ?? 7);
const hostDir = join(repoRoot, 'host');
/** The built host to measure (a before/after comparison builds two). */
const hostDist = process.argv[3] ? resolve(process.argv[3]) : join(hostDir, 'dist');
const ROWS = 50;
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
// does not exist in the page. Arms the timer: the press that follows is timed from its pointerdown and its click.
const ARM = `({ frame, text }) => {
  let down = 0;
  let click = 0;
  const onDown = (e) => { down = e.timeStamp; };
  const onClick = (e) => { click = e.timeStamp; };
  window.addEventListener('pointerdown', onDown, { capture: true, once: true });
  window.addEventListener('click', onClick, { capture: true, once: true });
  window.__opened = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const el = document.querySelector(frame);
      if (el && el.textContent && el.textContent.includes(text)) {
        observer.disconnect();
        const now = performance.now();
        resolve({ fromDown: now - down, fromClick: now - click, down });
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}`;

interface Open {
  fromDown: number;
  fromClick: number;
  /** performance.now() of the pointerdown: marks after it are this open's. */
  down: number;
}

/** Presses `click` with the mouse, then resolves when the frame's text contains `text`: measured inside the page. */
async function pressToContent(page: Page, click: string, frame: string, text: string): Promise<Open> {
  const arm = await page.evaluateHandle(ARM);
  await arm.evaluate((f, args) => (f as unknown as (a: typeof args) => void)(args), { frame, text });
  await arm.dispose();
  await page.locator(click).first().click();
  return (await page.evaluate('window.__opened')) as Open;
}

/** The host's performance marks of the open that began at `since`, in ms after it (where a warm open spends its time). */
async function marksSince(page: Page, since: number): Promise<Record<string, number>> {
  const entries = (await page.evaluate(
    `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('toolbox:')).map((m) => [m.name.replace(/^toolbox:(visit-log:)?/, ''), m.startTime])`,
  )) as [string, number][];
  const out: Record<string, number> = {};
  for (const [name, at] of entries) if (at >= since && !(name in out)) out[name] = at - since;
  // The data read the open waits for: when it went out and when its answer was in.
  const reads = (await page.evaluate(
    `performance.getEntriesByType('resource').filter((r) => r.name.includes('/data/')).map((r) => [r.startTime, r.responseEnd])`,
  )) as [number, number][];
  const read = reads.find(([start]) => start >= since);
  if (read) Object.assign(out, { 'read sent': read[0] - since, 'read back': read[1] - since });
  return out;
}

/** What the condition does to every page alike (the DevTools protocol). */
interface Condition {
  label: string;
  apply?(page: Page): Promise<void>;
}

const LOOPBACK: Condition = { label: 'loopback' };
const OFFICE_PC: Condition = {
  label: "office PC (40 ms, 20 Mbit/s, CPU 4× slower)",
  async apply(page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const bytesPerSecond = (20 * 1024 * 1024) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  },
};

// One sign-in for the whole run: the registry rate-limits logins (20 a minute), and each run needs a fresh context
// (an empty cache) but not a fresh session.
let sessionState: Awaited<ReturnType<BrowserContext['storageState']>> | undefined;

async function signedInContext(browser: Browser, origin: string): Promise<BrowserContext> {
  // bypassCSP: the harness's own timing code is evaluated in the page (both pages alike); the pages' CSP forbids eval.
  const options = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', bypassCSP: true } as const;
  if (sessionState) return browser.newContext({ ...options, storageState: sessionState });
  const context = await browser.newContext(options);
  const res = await context.request.post(`${origin}/api/auth/login`, { data: { username: 'staff', password: 'toolbox' } });
  if (!res.ok()) throw new Error(`login: ${res.status()}`);
  sessionState = await context.storageState();
  return context;
}

interface Sample {
  cold: Open;
  warm: Open;
  /** The marks and the data read of the warm open (the runtime's marks: the host only). */
  marks: Record<string, number>;
  /** The same for the cold open. */
  coldMarks: Record<string, number>;
}

async function measureHost(browser: Browser, origin: string, condition: Condition): Promise<Sample> {
  const context = await signedInContext(browser, origin);
  const page = await context.newPage();
  await condition.apply?.(page);
  await page.goto(`${origin}/`);
  await page.locator('[data-app="visit-log"] .tile-open').first().waitFor();
  await page.waitForLoadState('networkidle');
  const tile = '.groups [data-app="visit-log"] .tile-open';
  const cold = await pressToContent(page, tile, '.app-frame', RECORD);
  const coldMarks = await marksSince(page, cold.down);
  await page.locator('.button-back').click();
  await page.locator('[data-app="visit-log"] .tile-open').first().waitFor();
  await page.waitForTimeout(300);
  const warm = await pressToContent(page, tile, '.app-frame', RECORD);
  const marks = await marksSince(page, warm.down);
  await context.close();
  return { cold, warm, marks, coldMarks };
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
  const urls: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (r.request().resourceType() === 'script' || url.pathname.endsWith('.js')) if (!url.pathname.startsWith('/bundles/') && !url.pathname.startsWith('/api/')) urls.push(url.pathname);
  });
  await page.goto(`${origin}/`);
  await page.locator('[data-app="visit-log"] .tile-open').first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...new Set(urls)].map((url) => ({ url, gzip: gzipSync(readFileSync(join(hostDist, url))).length }));
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
  cpSync(hostDist, site, { recursive: true });
  cpSync(staticDist, join(site, 'static'), { recursive: true });
  console.log('▶ starting the product (registry server + host/dist + published plugins)');
  const product: Product = await startProduct({ hostDir: site });
  let browser: Browser | undefined;
  try {
    const cookie = await product.cookieFor('staff');
    // 50 rows: 49 others, then the record both pages wait for.
    for (let i = 0; i < ROWS; i++) {
      const last = i === ROWS - 1;
      const created = await fetch(`${product.origin}/api/apps/visit-log/data/visits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          residentName: last ? RECORD : `居民${String(i + 1).padStart(2, '0')}`,
          category: '独居老人',
          visitDate: shanghaiDay(new Date()),
          building: `${(i % 12) + 1}号楼`,
          room: `${(i % 6) + 1}0${(i % 4) + 1}室`,
          visitor: '王芳',
          needsFollowUp: i % 5 === 0,
        }),
      });
      if (created.status !== 201) throw new Error(`creating record ${i + 1}: ${created.status} ${await created.text()}`);
    }
    const started = { origin: product.origin };
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

    const runPhase = async (condition: Condition) => {
      const load = [loadavg()[0]!];
      // One unrecorded round of each warms the server (SQLite pages, Node's JIT), not the browser: contexts are fresh.
      await measureHost(browser!, started.origin, condition);
      await measureStatic(browser!, started.origin, condition);
      const host: Sample[] = [];
      const stat: Sample[] = [];
      const f = (o: Open) => `${o.fromDown.toFixed(0)}`;
      for (let i = 0; i < RUNS; i++) {
        host.push(await measureHost(browser!, started.origin, condition));
        stat.push(await measureStatic(browser!, started.origin, condition));
        load.push(loadavg()[0]!);
        process.stdout.write(
          `  ${condition.label} run ${i + 1}/${RUNS}, from pointerdown (cold/warm): host ${f(host[i]!.cold)}/${f(host[i]!.warm)} ms, static ${f(stat[i]!.cold)}/${f(stat[i]!.warm)} ms, load ${load.at(-1)!.toFixed(1)}\n`,
        );
      }
      return { condition, host, stat, load };
    };
    const phases = [await runPhase(LOOPBACK), await runPhase(OFFICE_PC)];
    const js = await hostJs(browser, started.origin);
    const react = await reactBaseline();
    const total = js.files.reduce((s, f) => s + f.gzip, 0);
    const pinyin = readdirSync(join(hostDist, 'assets')).find((f) => /^esm-.*\.js$/.test(f));
    const lazy = pinyin ? gzipSync(readFileSync(join(hostDist, 'assets', pinyin))).length : 0;

    const summary = ({ condition, host, stat, load }: (typeof phases)[number]) => {
      const m = (xs: Sample[], pick: (x: Sample) => number) => median(xs.map(pick));
      const line = (what: string, pick: (x: Sample) => number, goal: string) => {
        const h = m(host, pick);
        const st = m(stat, pick);
        console.log(`  ${what.padEnd(26)} host ${h.toFixed(1).padStart(7)} ms, static ${st.toFixed(1).padStart(7)} ms → ${(h / st).toFixed(2)}×${goal ? ` (goal ${goal})` : ''}`);
      };
      console.log(`\nvisit-log (filter form + ${ROWS}-row table), ${condition.label}: medians of ${RUNS} interleaved runs, Chromium`);
      console.log(`  load average (1 min) during the runs: ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}, median ${median(load).toFixed(1)}`);
      const office = condition === OFFICE_PC;
      line('cold, from pointerdown', (x) => x.cold.fromDown, office ? '≤ 1.4×' : '≤ 1.3×');
      line('cold, from the click', (x) => x.cold.fromClick, '');
      line('warm, from pointerdown', (x) => x.warm.fromDown, office ? '' : '≤ 1.1×');
      line('warm, from the click', (x) => x.warm.fromClick, '');
      // Where a warm re-open spends its time: the runtime's marks and the data read, median ms after the pointerdown.
      for (const which of ['coldMarks', 'marks'] as const) {
        for (const [who, samples] of [['host', host], ['static', stat]] as const) {
          const names = [...new Set(samples.flatMap((x) => Object.keys(x[which])))];
          const at = names
            .map((name) => ({ name, ms: median(samples.filter((x) => name in x[which]).map((x) => x[which][name]!)) }))
            .sort((a, b) => a.ms - b.ms);
          console.log(`  ${who} ${which === 'marks' ? 'warm' : 'cold'} open, after pointerdown: ${at.map((x) => `${x.name} ${x.ms.toFixed(0)}`).join(', ')}`);
        }
      }
    };
    for (const phase of phases) summary(phase);
    console.log(`\nhost JS loaded to an idle desktop, gzip -6: ${kb(total)} in ${js.files.length} files`);
    for (const f of js.files.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.url}`);
    console.log(`  a page with only React 19 (createRoot + one element), same Vite: ${kb(react)}`);
    console.log(`  beyond React: ${kb(total - react)} (goal ≤ 45 kB)`);
    console.log(`  not included: the pinyin dictionary (${pinyin}), ${kb(lazy)}, loaded only on the first Latin search query`);
    const federation = readdirSync(join(hostDist, 'assets')).find((f) => /^federation-.*\.js$/.test(f));
    if (federation && !js.files.some((f) => f.url.endsWith(federation))) {
      const runtime = gzipSync(readFileSync(join(hostDist, 'assets', federation))).length;
      console.log(`  not included: the Module Federation runtime (${federation}), ${kb(runtime)}, loaded on the first open of an app`);
      console.log(`    (part of the cold figures above); desktop and runtime together: ${kb(total - react + runtime)} beyond React`);
    }
  } finally {
    await browser?.close();
    await product.stop();
  }
}

await main();
