// The runtime in the browser it runs in: the built host in Chromium, loading the fixture remotes (built with the
// SDK's Vite plugin) from a stand-in registry. Registration, the SDK check, the integrity check and containment.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INTENT_MS } from '../src/desktop/appLink.ts';
import { buildFixtures, fixtureCatalog, type BuiltFixture } from './support/buildFixtures.ts';
import { ensureHostBuilt } from './support/ensureHostBuilt.ts';
import { launchChromium, type Browser } from './support/launchChromium.ts';
import { startFakeRegistry, type FakeRegistry } from './support/startFakeRegistry.ts';

let registry: FakeRegistry;
let browser: Browser;
let page: Page;
let fixtures: Map<string, BuiltFixture>;
const pageErrors: string[] = [];

async function signIn(p: Page, path = '/'): Promise<void> {
  await p.context().addCookies([{ name: 'toolbox_session', value: 'fake', url: registry.origin }]);
  await p.goto(`${registry.origin}${path}`);
}

async function openApp(id: string): Promise<void> {
  await page.evaluate((path) => {
    history.pushState(null, '', path);
  }, `/app/${id}`);
}

/** Opens the app like openApp, giving back the list of every URL the page requests from then on (it keeps growing). */
async function openAppRecording(id: string): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openApp(id);
  return requests;
}

async function errorCode(): Promise<string> {
  await page.locator('.error-frame').waitFor({ timeout: 20_000 });
  return (await page.locator('.error-details code').textContent()) ?? '';
}

beforeAll(async () => {
  const hostDist = ensureHostBuilt();
  const built = await buildFixtures();
  fixtures = built.fixtures;
  registry = await startFakeRegistry({ hostDist, bundlesRoot: built.bundlesRoot, catalog: (origin) => fixtureCatalog(origin, built.fixtures) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await registry?.close();
});

beforeEach(async () => {
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(page);
  await page.locator('.tile').first().waitFor();
});

describe('registration', () => {
  it('registers one single-spa app per catalogue entry, and a remote with the federation runtime on open', async () => {
    const names = await page.evaluate(() => (globalThis as unknown as { __TOOLBOX_HOST__: { apps(): string[] } }).__TOOLBOX_HOST__.apps());
    expect(names.sort()).toEqual([...fixtures.values()].map((f) => f.manifest.id).sort());
    expect(await page.locator('.tile').count()).toBe(fixtures.size);
    await page.locator('[data-app=fixture-good] .tile-open').click();
    await page.getByTestId('fixture-good').waitFor();
    await expect.poll(() => page.url()).toBe(`${registry.origin}/app/fixture-good`);
    const remotes = await page.evaluate(() => {
      const federation = (globalThis as unknown as { __FEDERATION__: { __INSTANCES__: { name: string; options: { remotes: { name: string; entry: string }[] } }[] } }).__FEDERATION__;
      return federation.__INSTANCES__.filter((i) => i.name === 'toolbox_host').flatMap((i) => i.options.remotes.map((r) => `${r.name} ${r.entry}`));
    });
    expect(remotes).toContain(`toolbox_fixture_good ${registry.origin}/bundles/fixture-good/1.0.0/remoteEntry.js`);
    await page.close();
  });

  it('mounts into the frame with the ToolboxContext, shares one React with the host, and unmounts on leaving', async () => {
    await openApp('fixture-good');
    const text = await page.getByTestId('fixture-good').textContent();
    expect(text).toBe('好夹具已加载：张敏');
    const same = await page.evaluate(async () => {
      const remote = (globalThis as unknown as { __fixtureReact: { createRoot: unknown; flushSync: unknown } }).__fixtureReact;
      const remoteSdk = (globalThis as unknown as { __fixtureSdk: { ToolboxSdkError: unknown } }).__fixtureSdk;
      const host = (globalThis as unknown as { __TOOLBOX_HOST__: { react: { createRoot: unknown; flushSync: unknown }; sdk: { ToolboxSdkError: unknown } } }).__TOOLBOX_HOST__;
      return {
        createRoot: remote.createRoot === host.react.createRoot,
        flushSync: remote.flushSync === host.react.flushSync,
        // The SDK comes from the share scope's own chunk (sdkShare.ts) and is still the desktop's copy.
        ToolboxSdkError: remoteSdk.ToolboxSdkError === host.sdk.ToolboxSdkError,
      };
    });
    expect(same).toEqual({ createRoot: true, flushSync: true, ToolboxSdkError: true });
    await page.getByRole('button', { name: '返回桌面' }).click();
    await page.locator('.tile').first().waitFor();
    expect(await page.locator('[data-app-frame]').count()).toBe(0);
    expect(await page.getByTestId('fixture-good').count()).toBe(0);
    await page.close();
  });
});

describe('opening from the desktop', () => {
  it('writes the app’s URL before its mount, and shows a re-opened app in one paint with the desktop in view until then', async () => {
    await page.evaluate(() => Object.assign(globalThis, { __fixtureMountPaths: [] }));
    // Its first screen's data (preloadData) takes 40 ms: long enough for frames to be painted while it comes, short
    // of the 100 ms after which a re-open shows its frame anyway.
    registry.delay('/data/notes', 40);
    for (const open of ['first', 'second']) {
      // What is in view at each frame from the click until the app shows (requestAnimationFrame runs before a paint).
      await page.evaluate(() => {
        const w = globalThis as unknown as { __frames: { app: boolean; content: boolean; desktop: boolean }[]; __sampling: boolean };
        w.__frames = [];
        w.__sampling = true;
        const tick = () => {
          const view = document.querySelector('.app-view');
          w.__frames.push({
            app: Boolean(view && !view.closest('[hidden]')),
            content: Boolean(document.querySelector('[data-testid=fixture-good]')),
            desktop: !document.querySelector('.desktop-view')?.hasAttribute('hidden'),
          });
          if (w.__sampling) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      // A click without a press before it (the keyboard's Enter): the data read starts only at the click.
      await page.locator('[data-app=fixture-good] .tile-open').evaluate((a: HTMLElement) => a.click());
      await page.getByTestId('fixture-good').waitFor();
      await page.waitForTimeout(50);
      const frames = await page.evaluate(() => {
        const w = globalThis as unknown as { __frames: { app: boolean; content: boolean; desktop: boolean }[]; __sampling: boolean };
        w.__sampling = false;
        return w.__frames;
      });
      // Never the desktop and the app together; the app is in view at the end.
      expect(frames.filter((f) => f.app && f.desktop), open).toEqual([]);
      expect(frames.at(-1), open).toEqual({ app: true, content: true, desktop: false });
      // The first open shows its frame while the code loads. A re-open of the loaded app goes from the desktop to the
      // app with its content once the data is back: no frame painted empty meanwhile.
      if (open === 'second') expect(frames.filter((f) => f.app && !f.content)).toEqual([]);
      await page.getByRole('button', { name: '返回桌面' }).click();
      await page.locator('.tile').first().waitFor();
    }
    // The app read its own URL at both mounts (route.ts writes it just before).
    expect(await page.evaluate(() => (globalThis as unknown as { __fixtureMountPaths: string[] }).__fixtureMountPaths)).toEqual([
      '/app/fixture-good',
      '/app/fixture-good',
    ]);
    await page.close();
  });
});

describe('keyboard', () => {
  it('lands on the app’s name when an app opens from the keyboard, and back on its tile when the desktop returns', async () => {
    const focused = () => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`);
    await page.locator('.groups [data-app=fixture-good] .tile-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('fixture-good').waitFor();
    await expect.poll(focused).toBe('H1 好夹具');
    // Tab goes on from there, into the frame's header.
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('BUTTON ← 返回桌面');
    await page.keyboard.press('Enter');
    await page.locator('.tile').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-app]')?.getAttribute('data-app'))).toBe('fixture-good');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tile-open'))).toBe(true);
    await page.close();
  });
});

describe('a remote without its own federation runtime', () => {
  it('runs on the runtime the host publishes (toolboxApp({ externalRuntime: true }) + provideExternalRuntime)', async () => {
    const requests = await openAppRecording('fixture-external-runtime');
    expect(await page.getByTestId('fixture-good').textContent()).toBe('好夹具已加载：张敏');
    const same = await page.evaluate(() => {
      const remote = (globalThis as unknown as { __fixtureReact: { createRoot: unknown } }).__fixtureReact;
      return remote.createRoot === (globalThis as unknown as { __TOOLBOX_HOST__: { react: { createRoot: unknown } } }).__TOOLBOX_HOST__.react.createRoot;
    });
    expect(same).toBe(true);
    // Its runtime chunk is a shim (with the share map, ~10 kB) instead of the ~48 kB runtime a remote built with its
    // own carries (fixture-good's).
    const runtimeChunk = requests.find((u) => u.includes('/fixture-external-runtime/') && u.includes('mf-runtime'));
    const ownRuntime = fixtureCatalog(registry.origin, fixtures)
      .find((i) => i.id === 'fixture-good')!
      .preload!.find((u) => u.includes('mf-runtime'));
    expect(runtimeChunk).toBeDefined();
    expect(ownRuntime).toBeDefined();
    const sizeOf = async (url: string) => (await (await fetch(url)).arrayBuffer()).byteLength;
    const [shim, own] = [await sizeOf(runtimeChunk!), await sizeOf(ownRuntime!)];
    expect(own).toBeGreaterThan(30_000);
    expect(shim).toBeLessThan(own / 4);
    await page.close();
  });
});

describe('checks before mount', () => {
  it('refuses an app whose sdk range excludes the host API, without loading its code', async () => {
    const requests = await openAppRecording('fixture-incompatible-sdk');
    expect(await errorCode()).toBe('TOOLBOX_HOST_SDK_INCOMPATIBLE');
    expect(await page.locator('.error-details pre').textContent()).toContain('^2.0.0');
    expect(requests.filter((u) => u.includes('/bundles/fixture-incompatible-sdk/'))).toEqual([]);
    await page.close();
  });

  it('refuses an entry whose sha256 differs from the one recorded at publish (SRI)', async () => {
    await openApp('fixture-bad-hash');
    expect(await errorCode()).toBe('TOOLBOX_HOST_INTEGRITY_MISMATCH');
    expect(await page.evaluate(() => (globalThis as { __tampered?: boolean }).__tampered)).toBeUndefined();
    expect(await page.locator('.app-frame').textContent()).toBe('');
    await page.close();
  });

  it('refuses the same entry when verifying by fetch and digest (the path for browsers without module SRI)', async () => {
    const result = await page.evaluate(async ({ entry, integrity }) => {
      const { verifyByFetch } = (globalThis as unknown as { __TOOLBOX_HOST__: { verifyByFetch(u: string, i: string): Promise<void> } }).__TOOLBOX_HOST__;
      try {
        await verifyByFetch(entry, integrity);
        return 'ok';
      } catch (e) {
        return (e as Error).name;
      }
    }, { entry: `${registry.origin}/bundles/fixture-bad-hash/1.0.0/remoteEntry.js`, integrity: fixtures.get('bad-hash')!.integrity });
    expect(result).toBe('IntegrityError');
    const good = await page.evaluate(async ({ entry, integrity }) => {
      const { verifyByFetch } = (globalThis as unknown as { __TOOLBOX_HOST__: { verifyByFetch(u: string, i: string): Promise<void> } }).__TOOLBOX_HOST__;
      await verifyByFetch(entry, integrity);
      return 'ok';
    }, { entry: `${registry.origin}/bundles/fixture-good/1.0.0/remoteEntry.js`, integrity: fixtures.get('good')!.integrity });
    expect(good).toBe('ok');
    await page.close();
  });
});

describe('containment', () => {
  const cases: [string, string][] = [
    ['fixture-remote-404', 'TOOLBOX_HOST_REMOTE_UNREACHABLE'],
    ['fixture-mount-throws', 'TOOLBOX_HOST_MOUNT_FAILED'],
    ['fixture-render-throws', 'TOOLBOX_HOST_RENDER_FAILED'],
  ];
  for (const [id, code] of cases) {
    it(`${id}: error frame with ${code}, a load_error event, and a desktop that still works`, async () => {
      await openApp(id);
      expect(await errorCode()).toBe(code);
      await expect.poll(() => page.locator('.error-frame h2').textContent()).toContain('未能正常运行');
      expect(await page.getByRole('button', { name: '重试' }).isVisible()).toBe(true);
      // load_error is sent at once (not batched), with a unique id.
      await expect.poll(() => registry.usage.filter((e) => e.app === id && e.type === 'load_error').length, { timeout: 10_000 }).toBeGreaterThan(0);
      const ids = registry.usage.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      // The frame holds nothing of the broken app.
      expect((await page.locator('.app-frame').textContent()) ?? '').toBe('');
      // Back to the desktop, and another app still opens.
      await page.getByRole('button', { name: '返回桌面' }).last().click();
      await page.locator('.tile').first().waitFor();
      await openApp('fixture-good');
      await page.getByTestId('fixture-good').waitFor();
      await page.close();
    });
  }

  it('times out a slow bootstrap after the configured time, and retry tries again', async () => {
    await page.evaluate(() => localStorage.setItem('toolbox.appTimeoutMs', '1500'));
    await page.reload();
    await page.locator('.tile').first().waitFor();
    const started = Date.now();
    await openApp('fixture-slow-bootstrap');
    expect(await errorCode()).toBe('TOOLBOX_HOST_TIMEOUT');
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(10_000);
    await page.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => page.locator('.app-loading').count()).toBe(1);
    // A slow load shows its indicator (after 400 ms: a fast open never flashes one).
    expect(await page.locator('.app-loading').evaluate((el) => getComputedStyle(el).animationDelay)).toBe('0.4s');
    await page.locator('.app-loading').waitFor({ state: 'visible', timeout: 1000 });
    expect(await errorCode()).toBe('TOOLBOX_HOST_TIMEOUT');
    await page.evaluate(() => localStorage.removeItem('toolbox.appTimeoutMs'));
    await page.close();
  });

  it('still says what failed, with 重试, when the error frame’s own chunk cannot be fetched (the network went down)', async () => {
    await page.route(/\/assets\/ErrorFrame-[\w-]+\.js$/, (route) => route.abort());
    await openApp('fixture-mount-throws');
    const frame = page.locator('.error-frame');
    await frame.waitFor({ timeout: 20_000 });
    expect(await frame.textContent()).toContain('该应用在打开时出错。');
    expect(await frame.textContent()).toContain('TOOLBOX_HOST_MOUNT_FAILED');
    // 重试 opens it again (and it fails again: one more load_error).
    const failures = () => registry.usage.filter((e) => e.app === 'fixture-mount-throws' && e.type === 'load_error').length;
    await expect.poll(failures, { timeout: 10_000 }).toBeGreaterThan(0);
    const before = failures();
    await frame.getByRole('button', { name: '重试' }).click();
    await expect.poll(failures, { timeout: 10_000 }).toBeGreaterThan(before);
    await page.close();
  });

  it('offers the last good version when the current one fails to load, and it works', async () => {
    await openApp('fixture-remote-404');
    await errorCode();
    await page.getByRole('button', { name: '使用上一个可用版本（1.0.0）' }).click();
    await page.getByTestId('fixture-good').waitFor();
    expect(await page.locator('.app-title').textContent()).toContain('正在使用较早的版本 1.0.0');
    await page.close();
  });
});

describe('an app whose bootstrap, mount or unmount never settles', () => {
  // single-spa runs one route change at a time and waits for the host's lifecycles. Before, the host waited for the
  // app's promise under the 10 s timeout: 返回桌面 then another app took 8.5–10.5 s instead of a few hundred ms.
  const cases: [id: string, stage: string, shown: string][] = [
    ['fixture-slow-bootstrap', 'bootstrap', ''],
    ['fixture-mount-hangs', 'mount', 'mount-hangs: mounting, and never done'],
    ['fixture-unmount-hangs', 'unmount', 'unmount-hangs mounted'],
  ];
  for (const [id, stage, shown] of cases) {
    it(`${id} (${stage}): 返回桌面 and another app open at once, not after the timeout`, async () => {
      await page.locator(`[data-app=${id}] .tile-open`).click();
      if (shown) await page.getByText(shown).waitFor();
      else await page.waitForTimeout(1_000);
      const started = Date.now();
      await page.getByRole('button', { name: '返回桌面' }).click();
      await page.locator('.desktop-view:not([hidden])').waitFor();
      await page.locator('[data-app=fixture-good] .tile-open').click();
      await page.getByTestId('fixture-good').waitFor({ timeout: 15_000 });
      expect(Date.now() - started).toBeLessThan(4_000);
      // Nothing of the hung app is left in the page.
      expect(await page.locator(`[data-app-frame="${id}"]`).count()).toBe(0);
      if (shown) expect(await page.getByText(shown).count()).toBe(0);
      await page.close();
    });
  }

  it('still ends in the timeout’s error frame for a user who stays on an app whose mount never settles', async () => {
    await page.evaluate(() => localStorage.setItem('toolbox.appTimeoutMs', '1500'));
    await page.reload();
    await page.locator('.tile').first().waitFor();
    await openApp('fixture-mount-hangs');
    expect(await errorCode()).toBe('TOOLBOX_HOST_TIMEOUT');
    expect((await page.locator('.app-frame').textContent()) ?? '').toBe('');
    await page.evaluate(() => localStorage.removeItem('toolbox.appTimeoutMs'));
    await page.close();
  });
});

describe('toolbox.navigate', () => {
  it('refuses to send the desktop to another site (TOOLBOX_NAVIGATE_REFUSED), and goes to its own paths', async () => {
    await openApp('fixture-good');
    await page.getByTestId('fixture-good').waitFor();
    const at = page.url();
    for (const to of ['https://example.org/', '//example.org/x', 'javascript:globalThis.__navigated=1']) {
      const refused = await page.evaluate((place) => {
        const toolbox = (globalThis as unknown as { __fixtureToolbox: { navigate(to: string): void } }).__fixtureToolbox;
        try {
          toolbox.navigate(place);
          return 'went';
        } catch (error) {
          return `${(error as { code?: string }).code}: ${(error as Error).message}`;
        }
      }, to);
      expect(refused).toContain('TOOLBOX_NAVIGATE_REFUSED: toolbox.navigate(to) refused');
      expect(refused).toContain(JSON.stringify(to));
    }
    await page.waitForTimeout(300);
    expect(page.url()).toBe(at);
    expect(await page.evaluate(() => (globalThis as { __navigated?: number }).__navigated)).toBeUndefined();
    await page.evaluate(() => (globalThis as unknown as { __fixtureToolbox: { navigate(to: string): void } }).__fixtureToolbox.navigate('/'));
    await page.locator('.desktop-view:not([hidden])').waitFor();
    expect(page.url()).toBe(`${registry.origin}/`);
    await page.close();
  });
});

describe('unmount', () => {
  it('warns in development about what an app leaves behind', async () => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.evaluate(() => localStorage.setItem('toolbox.devWarnings', '1'));
    await page.reload();
    await page.locator('.tile').first().waitFor();
    await openApp('fixture-leaky');
    await page.getByText('leaky fixture').waitFor();
    await page.getByRole('button', { name: '返回桌面' }).click();
    await expect.poll(() => warnings.find((w) => w.includes('fixture-leaky left behind'))).toBeTruthy();
    const leftovers = await page.evaluate(() => (globalThis as unknown as { __TOOLBOX_HOST__: { leftovers: Record<string, unknown> } }).__TOOLBOX_HOST__.leftovers['fixture-leaky']);
    expect(leftovers).toEqual({ nodes: ['<style>'], styles: 1, listeners: ['window.resize'] });
    await page.evaluate(() => localStorage.removeItem('toolbox.devWarnings'));
    await page.close();
  });

  it('reported no page error other than the render-throws fixture', () => {
    expect(pageErrors.filter((m) => !m.includes('render-throws fixture'))).toEqual([]);
  });
});

describe('prefetch', () => {
  it('asks for the entry and every file of the catalogue\'s preload list at once, and reads mf-manifest.json only for an app without the list', async () => {
    const good = fixtureCatalog(registry.origin, fixtures).find((i) => i.id === 'fixture-good')!;
    expect(good.preload?.length).toBeGreaterThan(0);
    const requested = await openAppRecording('fixture-good');
    await page.getByTestId('fixture-good').waitFor();
    // Every listed file was requested, through <link rel=modulepreload> added at the open, before the entry ran.
    const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].map((l) => (l as HTMLLinkElement).href));
    for (const url of [good.entry, ...good.preload!]) {
      expect(requested).toContain(url);
      expect(preloaded).toContain(url);
    }
    expect(requested.filter((u) => u.includes('/fixture-good/') && u.endsWith('mf-manifest.json'))).toEqual([]);
    // The entry's preload carries its SRI, so the module map holds the verified copy.
    const entryLink = await page.evaluate((href) => document.querySelector<HTMLLinkElement>(`link[rel=modulepreload][href="${href}"]`)?.integrity, good.entry);
    expect(entryLink).toBe(good.integrity);

    await page.getByRole('button', { name: '返回桌面' }).click();
    await page.locator('.tile').first().waitFor();
    await openApp('fixture-leaky');
    await page.locator('[data-app-frame=fixture-leaky]').waitFor({ state: 'attached' });
    await expect.poll(() => requested.filter((u) => u.endsWith('/fixture-leaky/1.0.0/mf-manifest.json')).length).toBe(1);
    await page.close();
  });

  it('fetches an app\'s files when a pointer rests on its tile, not when it crosses it, and runs none of its code', async () => {
    const good = fixtureCatalog(registry.origin, fixtures).find((i) => i.id === 'fixture-good')!;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const tileOpen = page.locator('[data-app=fixture-good] .tile-open');
    const box = (await tileOpen.boundingBox())!;
    // How long the pointer stayed on the tile, as the page saw it.
    await tileOpen.evaluate((el) => {
      const w = window as unknown as { __stay: number; __in: number };
      el.addEventListener('pointerenter', () => (w.__in = performance.now()));
      el.addEventListener('pointerleave', () => (w.__stay = performance.now() - w.__in));
    });
    // Crossing it on the way elsewhere: in and out at once. (A crossing slower than INTENT_MS on a loaded machine
    // counts as resting, so it is tried again.)
    let crossed = false;
    for (let attempt = 0; attempt < 5 && !crossed; attempt++) {
      await page.mouse.move(box.x + box.width / 2, box.y - 8);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2, box.y - 8);
      crossed = (await page.evaluate(() => (window as unknown as { __stay: number }).__stay)) < INTENT_MS / 2;
    }
    expect(crossed).toBe(true);
    await page.waitForTimeout(INTENT_MS * 3);
    expect(requested.filter((u) => u.includes('/fixture-good/'))).toEqual([]);
    // Resting on it: the entry and every listed file, with nothing run and no route changed.
    await tileOpen.hover();
    await expect.poll(() => [good.entry, ...good.preload!].filter((u) => !requested.includes(u))).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.evaluate(() => '__fixtureSdk' in globalThis)).toBe(false);
    // The open then uses them.
    await tileOpen.click();
    await page.getByTestId('fixture-good').waitFor();
    expect(requested.filter((u) => u === good.entry)).toHaveLength(1);
    await page.close();
  });

  it('prefetches the entries of pinned apps when the browser is idle', async () => {
    const res = await page.evaluate(() => fetch('/api/me/pins', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pins: ['fixture-good'] }) }).then((r) => r.status));
    expect(res).toBe(200);
    await page.reload();
    await page.locator('.tile').first().waitFor();
    await expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll('link[rel=prefetch]')].map((l) => new URL((l as HTMLLinkElement).href).pathname)))
      .toEqual(['/bundles/fixture-good/1.0.0/remoteEntry.js', ...(fixtureCatalog(registry.origin, fixtures).find((i) => i.id === 'fixture-good')!.preload ?? []).map((u) => new URL(u).pathname)]);
    await page.evaluate(() => fetch('/api/me/pins', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pins: [] }) }));
    await page.close();
  });

  it('loads the federation runtime when the desktop is idle, and the SDK apps share only when a pointer comes over a tile', async () => {
    const assets = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.startsWith('/assets/')));
    const loaded = async (chunk: string) => (await assets()).filter((p) => p.startsWith(`/assets/${chunk}-`)).length;
    // No open waits for the runtime: it arrives with the SDK check's semver matcher while the desktop is idle.
    await expect.poll(() => page.evaluate(() => '_FEDERATION_RUNTIME_CORE' in globalThis)).toBe(true);
    expect(await loaded('federation')).toBe(1);
    expect(await loaded('semver')).toBe(1);
    // What only apps use (the manifest schema, defineLightApp…) is left to the first sign of an open.
    expect(await loaded('sdkShare')).toBe(0);
    await page.locator('.tile-open').first().hover();
    await expect.poll(() => loaded('sdkShare')).toBe(1);
    await page.close();
  });

  it('opens an app on a device that cannot hover (a tablet: no sign before the tap), the SDK share coming with the tap', async () => {
    const tablet = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(tablet);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await tablet.goto(registry.origin);
    expect(await tablet.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    await expect.poll(() => tablet.evaluate(() => '_FEDERATION_RUNTIME_CORE' in globalThis)).toBe(true);
    const box = (await tablet.locator('[data-app=fixture-good] .tile-open').boundingBox())!;
    const touchPoints = [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await tablet.getByTestId('fixture-good').waitFor();
    const shared = await tablet.evaluate(() => {
      const remote = (globalThis as unknown as { __fixtureSdk: { ToolboxSdkError: unknown } }).__fixtureSdk;
      return remote.ToolboxSdkError === (globalThis as unknown as { __TOOLBOX_HOST__: { sdk: { ToolboxSdkError: unknown } } }).__TOOLBOX_HOST__.sdk.ToolboxSdkError;
    });
    expect(shared).toBe(true);
    await tablet.close();
    await page.close();
  });
});
