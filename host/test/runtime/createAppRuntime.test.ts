// @vitest-environment jsdom
// The runtime's containment with the fixture apps' own modules (the same code the built fixtures expose as ./app),
// loaded directly instead of through Module Federation, and integrity checked by fetch against a real HTTP server:
// jsdom cannot load module scripts, which is exactly the case the fetch-and-digest path is for.
import { createHash } from 'node:crypto';
import type { CatalogItem, UsageEventType } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import type { AppRuntime } from '../../src/runtime/createAppRuntime.ts';
import { loadSdkChecks } from '../../src/runtime/isSdkCompatible.ts';
import { appFrames, openInFrame } from '../support/appFrame.ts';
import { catalogItem } from '../support/catalogItem.ts';
import { staffContext, testRuntime } from '../support/testRuntime.ts';
import { loopbackServer } from '../support/loopbackServer.ts';

const fixtureModules: Record<string, () => Promise<unknown>> = {
  'fixture-good': () => import('../fixtures/good/src/app.tsx'),
  'fixture-mount-throws': () => import('../fixtures/mount-throws/src/app.tsx'),
  'fixture-slow-bootstrap': () => import('../fixtures/slow-bootstrap/src/app.tsx'),
  'fixture-incompatible-sdk': () => import('../fixtures/incompatible-sdk/src/app.tsx'),
  'fixture-leaky': () => import('../fixtures/leaky/src/app.tsx'),
};

const ENTRY_BODY = 'export const ok = true;\n';
const served = loopbackServer((req, res) => {
  if (req.url?.endsWith('/remoteEntry.js') && !req.url.includes('missing')) {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(ENTRY_BODY);
  } else {
    res.writeHead(404);
    res.end();
  }
});

const goodIntegrity = `sha256-${createHash('sha256').update(ENTRY_BODY).digest('base64')}`;
const item = (id: string, extra: Partial<CatalogItem> = {}) =>
  catalogItem({ id, name: { 'zh-CN': id }, entry: `${served.origin}/bundles/${id}/1.0.0/remoteEntry.js`, ...extra });

let runtime: AppRuntime | undefined;
const newFrame = appFrames();
let frame: HTMLElement;
const events: { app: string; type: UsageEventType }[] = [];
const loads: string[] = [];
// What the runtime asked to read ahead (preloadData), in order with the code loads.
const order: string[] = [];
// When the runtime said an app is about to show (beforeShow), with what its frame held then and what came before.
const shows: string[] = [];

// How long the data of a preloadData app takes to come back (dataReady), per test.
let dataDelayMs: number | undefined;

function setup(items: CatalogItem[], timeoutMs = 10_000): AppRuntime {
  events.length = 0;
  loads.length = 0;
  order.length = 0;
  shows.length = 0;
  const rt = testRuntime(items, {
    timeoutMs,
    devWarnings: true,
    report: (app, type) => events.push({ app, type }),
    createContext: staffContext,
    preloadData: (id, collections) => order.push(`data ${id} ${collections.join(',')}`),
    dataReady: (id) =>
      dataDelayMs === undefined
        ? Promise.resolve()
        : new Promise((resolve) => setTimeout(() => resolve(order.push(`data back ${id}`)), dataDelayMs)),
    dataWaitMs: 120,
    // What the frame held when the host was told the app is about to show (it writes the URL then, route.ts).
    beforeShow: (id) => shows.push(`${id}: ${JSON.stringify(frame.textContent)} after ${order.at(-1) ?? 'nothing'}`),
    loadModule: async (id) => {
      loads.push(id);
      order.push(`code ${id}`);
      const load = fixtureModules[id];
      if (!load) throw new TypeError(`Failed to fetch dynamically imported module: ${id}`);
      return load();
    },
  });
  frame = newFrame();
  return rt;
}

const openAndSettle = (rt: AppRuntime, id: string) => openInFrame(rt, id, frame);

describe('createAppRuntime', () => {
  it('mounts a good app into its frame with the context, and unmounts it cleanly', async () => {
    runtime = setup([item('fixture-good', { integrity: goodIntegrity })]);
    const lc = await openAndSettle(runtime, 'fixture-good');
    expect(runtime.getState('fixture-good').error?.detail).toBeUndefined();
    expect(runtime.getState('fixture-good').status).toBe('mounted');
    expect(frame.textContent).toBe('好夹具已加载：王芳');
    await lc.unmount();
    expect(frame.innerHTML).toBe('');
    expect(runtime.getState('fixture-good').status).toBe('idle');
    expect(events.map((e) => e.type)).toEqual(['open', 'close']);
  });

  it('starts reading the preloadData collections at the click, with the code, and again at a later open', async () => {
    runtime = setup([item('fixture-good', { preloadData: ['visits', 'people'] }), item('fixture-leaky')]);
    await loadSdkChecks();
    runtime.preload('fixture-good');
    expect(order).toEqual(['code fixture-good', 'data fixture-good visits,people']);
    // The open asks again (a direct URL has no click); the reader drops the repeat.
    let lc = await openAndSettle(runtime, 'fixture-good');
    expect(order).toEqual(['code fixture-good', 'data fixture-good visits,people', 'data fixture-good visits,people']);
    await lc.unmount();
    // A second open: the code is loaded, so only the data is read ahead, at the click.
    order.length = 0;
    runtime.preload('fixture-good');
    expect(order).toEqual(['data fixture-good visits,people']);
    lc = await openAndSettle(runtime, 'fixture-good');
    expect(runtime.getState('fixture-good').status).toBe('mounted');
    await lc.unmount();
    // An app that names none is not read ahead.
    await openAndSettle(runtime, 'fixture-leaky');
    expect(order.filter((x) => x.includes('leaky'))).toEqual(['code fixture-leaky']);
  });

  it('mounts once the preloadData reads are back, so the first render has them, but waits 120 ms at most', async () => {
    runtime = setup([item('fixture-good', { preloadData: ['visits'] })]);
    dataDelayMs = 40;
    let lc = await openAndSettle(runtime, 'fixture-good');
    const back = performance.getEntriesByName('toolbox:fixture-good:data').at(-1)!.startTime;
    const mounted = performance.getEntriesByName('toolbox:fixture-good:mounted').at(-1)!.startTime;
    expect(order.indexOf('data back fixture-good')).toBeGreaterThan(-1);
    expect(mounted).toBeGreaterThanOrEqual(back);
    expect(frame.textContent).toBe('好夹具已加载：王芳');
    await lc.unmount();
    // A read that does not come back in time: the app mounts anyway, after the wait, and shows its own loading.
    dataDelayMs = 5_000;
    const started = performance.now();
    lc = await openAndSettle(runtime, 'fixture-good');
    const took = performance.now() - started;
    expect(runtime.getState('fixture-good').status).toBe('mounted');
    expect(took).toBeGreaterThanOrEqual(110);
    expect(took).toBeLessThan(2_000);
    await lc.unmount();
    dataDelayMs = undefined;
  });

  it('re-opens a loaded app with no loading state: idle (the desktop stays in view) until it mounts, frame after 100 ms at most', async () => {
    runtime = setup([item('fixture-good', { preloadData: ['visits'] })]);
    const seen: string[] = [];
    runtime.subscribe(() => seen.push(runtime!.getState('fixture-good').status));
    // A first open shows its frame at once, loading; the host is told just before the mount, with the frame empty.
    let lc = await openAndSettle(runtime, 'fixture-good');
    expect(seen).toEqual(['loading', 'mounted']);
    expect(shows).toEqual(['fixture-good: "" after code fixture-good']);
    await lc.unmount();
    // A re-open whose data is back in time: straight from idle to mounted, set as the mount runs.
    seen.length = 0;
    order.length = 0;
    dataDelayMs = 30;
    lc = await openAndSettle(runtime, 'fixture-good');
    expect(seen).toEqual(['mounted']);
    expect(shows.at(-1)).toBe('fixture-good: "" after data back fixture-good');
    await lc.unmount();
    // A re-open whose data is slow: the frame shows (loading) after 100 ms, before the 120 ms wait ends.
    seen.length = 0;
    dataDelayMs = 5_000;
    lc = await openAndSettle(runtime, 'fixture-good');
    expect(seen).toEqual(['loading', 'mounted']);
    expect(frame.textContent).toBe('好夹具已加载：王芳');
    await lc.unmount();
    dataDelayMs = undefined;
  });

  it('tells the host an app shows when it fails too (its error frame)', async () => {
    runtime = setup([item('fixture-mount-throws')]);
    await openAndSettle(runtime, 'fixture-mount-throws');
    expect(runtime.getState('fixture-mount-throws').status).toBe('error');
    // Once before the mount, once as its error shows.
    expect(shows).toEqual(['fixture-mount-throws: "" after code fixture-mount-throws', 'fixture-mount-throws: "" after code fixture-mount-throws']);
  });

  it('reads nothing ahead for an app it refuses (incompatible sdk range)', async () => {
    runtime = setup([item('fixture-incompatible-sdk', { sdk: '^2.0.0', preloadData: ['visits'] })]);
    await loadSdkChecks();
    runtime.preload('fixture-incompatible-sdk');
    await openAndSettle(runtime, 'fixture-incompatible-sdk');
    expect(runtime.getState('fixture-incompatible-sdk').error?.code).toBe('TOOLBOX_HOST_SDK_INCOMPATIBLE');
    expect(order).toEqual([]);
  });

  it('refuses an incompatible sdk range before loading any code', async () => {
    runtime = setup([item('fixture-incompatible-sdk', { sdk: '^2.0.0' })]);
    await openAndSettle(runtime, 'fixture-incompatible-sdk');
    const state = runtime.getState('fixture-incompatible-sdk');
    expect(state.status).toBe('error');
    expect(state.error?.code).toBe('TOOLBOX_HOST_SDK_INCOMPATIBLE');
    expect(loads).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['open', 'load_error']);
  });

  it('refuses an entry whose digest differs from the catalogue (fetch-and-digest path), without loading it', async () => {
    runtime = setup([item('fixture-good', { integrity: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' })]);
    await openAndSettle(runtime, 'fixture-good');
    expect(runtime.getState('fixture-good').error?.code).toBe('TOOLBOX_HOST_INTEGRITY_MISMATCH');
    expect(runtime.getState('fixture-good').error?.detail).toContain(goodIntegrity);
    expect(loads).toEqual([]);
  });

  it('contains an app whose mount throws: error state, empty frame, load_error', async () => {
    runtime = setup([item('fixture-mount-throws')]);
    await openAndSettle(runtime, 'fixture-mount-throws');
    const state = runtime.getState('fixture-mount-throws');
    expect(state.error?.code).toBe('TOOLBOX_HOST_MOUNT_FAILED');
    expect(state.error?.detail).toContain('the database is not reachable');
    expect(frame.textContent).toBe('');
    expect(events.filter((e) => e.type === 'load_error')).toHaveLength(1);
  });

  it('times out a slow bootstrap, and the late bootstrap never mounts', async () => {
    runtime = setup([item('fixture-slow-bootstrap')], 100);
    await openAndSettle(runtime, 'fixture-slow-bootstrap');
    expect(runtime.getState('fixture-slow-bootstrap').error?.code).toBe('TOOLBOX_HOST_TIMEOUT');
    expect(frame.textContent).toBe('');
  });

  it('reports an unreachable remote and offers the newest compatible earlier version, which then works', async () => {
    const broken = item('fixture-remote-404', {
      version: '1.1.0',
      previous: [
        { version: '1.0.5', entry: `${served.origin}/x/remoteEntry.js`, sdk: '^2.0.0' },
        { version: '1.0.0', entry: `${served.origin}/bundles/fixture-good/1.0.0/remoteEntry.js`, sdk: '^1.0.0' },
      ],
    });
    runtime = setup([broken]);
    const lc = await openAndSettle(runtime, 'fixture-remote-404');
    const state = runtime.getState('fixture-remote-404');
    expect(state.error?.code).toBe('TOOLBOX_HOST_REMOTE_UNREACHABLE');
    expect(state.fallback?.version).toBe('1.0.0');
    // The fallback is loaded under the same app id: point the fake loader at the good fixture's module.
    fixtureModules['fixture-remote-404'] = fixtureModules['fixture-good']!;
    runtime.openFallback('fixture-remote-404');
    await expect.poll(() => runtime!.getState('fixture-remote-404').status).toBe('mounted');
    expect(runtime.getState('fixture-remote-404').onFallback).toBe(true);
    expect(frame.textContent).toBe('好夹具已加载：王芳');
    await lc.unmount();
    delete fixtureModules['fixture-remote-404'];
  });

  it('turns a render error whose stack names the app’s bundle into an error state', async () => {
    runtime = setup([item('fixture-good')]);
    await openAndSettle(runtime, 'fixture-good');
    const error = new Error('render failed');
    error.stack = `Error: render failed\n    at Broken (${served.origin}/bundles/fixture-good/1.0.0/assets/app-x.js:1:20)`;
    // React may report several errors for one failure: they count as one load_error.
    window.dispatchEvent(new ErrorEvent('error', { error }));
    window.dispatchEvent(new ErrorEvent('error', { error }));
    await expect.poll(() => runtime!.getState('fixture-good').error?.code).toBe('TOOLBOX_HOST_RENDER_FAILED');
    expect(events.filter((e) => e.type === 'load_error')).toHaveLength(1);
    expect(frame.textContent).toBe('');
    // An error from elsewhere (the host, another app) does not touch a mounted app.
    runtime.retry('fixture-good');
    await expect.poll(() => runtime!.getState('fixture-good').status).toBe('mounted');
    const other = new Error('elsewhere');
    other.stack = 'Error: elsewhere\n    at x (http://127.0.0.1/assets/index.js:1:1)';
    window.dispatchEvent(new ErrorEvent('error', { error: other }));
    expect(runtime.getState('fixture-good').status).toBe('mounted');
  });

  it('lists what an app left behind after unmount (development)', async () => {
    const found: unknown[] = [];
    runtime = testRuntime([item('fixture-leaky')], {
      devWarnings: true,
      loadModule: () => fixtureModules['fixture-leaky']!(),
      onLeftovers: (_id, leftovers) => found.push(leftovers),
    });
    frame = newFrame();
    const lc = await openAndSettle(runtime, 'fixture-leaky');
    await lc.unmount();
    expect(found).toEqual([{ nodes: ['<style>'], styles: 1, listeners: ['window.resize'] }]);
  });
});
