// @vitest-environment jsdom
// The owner's trial of a pending version in the runtime: which entry an open loads (with the integrity check), how
// its state is marked, and that a trial counts nowhere. The fixture's module is loaded directly (jsdom cannot load
// module scripts); the entry is digested by fetch from a real HTTP server.
import { createHash } from 'node:crypto';
import type { CatalogItem, ToolboxContext, UsageEventType } from '@toolbox/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { dataHeaders, setDataVersion } from '../../src/context/dataVersion.ts';
import type { AppVersion } from '../../src/runtime/appVersion.ts';
import type { AppRuntime } from '../../src/runtime/createAppRuntime.ts';
import { appFrames, openInFrame } from '../support/appFrame.ts';
import { catalogItem } from '../support/catalogItem.ts';
import { testRuntime } from '../support/testRuntime.ts';
import { loopbackServer } from '../support/loopbackServer.ts';

const BODY = 'export const ok = true;\n';
const integrity = `sha256-${createHash('sha256').update(BODY).digest('base64')}`;
const served = loopbackServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/javascript' });
  res.end(BODY);
});

const entry = (version: string) => `${served.origin}/bundles/visit-log/${version}/remoteEntry.js`;
const pending = (extra: Partial<NonNullable<CatalogItem['pending']>> = {}) => ({
  version: '1.1.0',
  entry: entry('1.1.0'),
  integrity,
  sdk: '^1.0.0',
  publishedAt: '2026-05-01T00:00:00Z',
  ...extra,
});
const visitLog = (extra: Partial<CatalogItem> = {}) =>
  catalogItem({ id: 'visit-log', name: { 'zh-CN': '居民走访记录' }, entry: entry('1.0.0'), integrity, ...extra });

let requested: string | null = null;
const events: UsageEventType[] = [];
const loaded: string[] = [];
const versions: AppVersion[] = [];
const newFrame = appFrames();
let frame: HTMLElement;

function setup(item: CatalogItem): AppRuntime {
  events.length = 0;
  loaded.length = 0;
  versions.length = 0;
  const rt = testRuntime([item], {
    report: (_app, type) => events.push(type),
    createContext: (it, version) => {
      versions.push(version);
      return { user: { id: 'u', name: '李开发', role: 'developer' }, app: { id: it.id, version: version.version } } as unknown as ToolboxContext;
    },
    tryRequested: () => requested,
    onVersion: (id, version) => setDataVersion(id, version.trial && version.version),
    loadModule: async (_id, url) => {
      loaded.push(url);
      return import('../fixtures/good/src/app.tsx');
    },
  });
  frame = newFrame();
  return rt;
}

async function openAndClose(rt: AppRuntime) {
  const lifecycles = await openInFrame(rt, 'visit-log', frame);
  const state = rt.getState('visit-log');
  await lifecycles.unmount();
  return state;
}

afterEach(() => {
  requested = null;
  setDataVersion('visit-log', undefined);
});

describe("the owner's trial of a pending version", () => {
  it('opens the pending entry when the URL asks for that version, marked as a trial, counting nothing', async () => {
    requested = '1.1.0';
    const rt = setup(visitLog({ pending: pending() }));
    const lifecycles = rt.lifecyclesFor('visit-log');
    rt.attachFrame('visit-log', frame);
    await lifecycles.mount();
    expect(rt.getState('visit-log')).toMatchObject({ status: 'mounted', version: '1.1.0', trial: true, onFallback: false });
    expect(loaded).toEqual([entry('1.1.0')]);
    expect(versions.map((v) => [v.version, v.trial])).toEqual([['1.1.0', true]]);
    // Its data requests name the version, so the server checks them against its collections.
    expect(dataHeaders('visit-log')).toEqual({ 'x-toolbox-version': '1.1.0' });
    await lifecycles.unmount();
    expect(events).toEqual([]);
  });

  it('opens the current version for a catalogue without that pending version (anyone but the owner): ?try does nothing', async () => {
    requested = '1.1.0';
    for (const item of [visitLog(), visitLog({ pending: pending({ version: '1.2.0', entry: entry('1.2.0') }) })]) {
      const state = await openAndClose(setup(item));
      expect(state).toMatchObject({ status: 'mounted', version: '1.0.0' });
      expect(state.trial).toBeFalsy();
      expect(loaded).toEqual([entry('1.0.0')]);
      expect(events).toEqual(['open', 'close']);
      expect(dataHeaders('visit-log')).toBeUndefined();
    }
  });

  it('opens the current version for the owner who did not ask, and the pending one of an app with none approved', async () => {
    expect(await openAndClose(setup(visitLog({ pending: pending() })))).toMatchObject({ version: '1.0.0', trial: undefined });
    const fresh = visitLog({ version: '1.1.0', entry: entry('1.1.0'), pending: pending(), pendingOnly: true });
    expect(await openAndClose(setup(fresh))).toMatchObject({ status: 'mounted', version: '1.1.0', trial: true, onFallback: false });
    expect(events).toEqual([]);
  });

  it('checks the pending entry against its own integrity, and offers no fallback when it fails', async () => {
    requested = '1.1.0';
    const rt = setup(visitLog({ pending: pending({ integrity: `sha256-${Buffer.alloc(32).toString('base64')}` }), previous: [{ version: '0.9.0', entry: entry('0.9.0'), sdk: '^1.0.0' }] }));
    const state = await openAndClose(rt);
    expect(state).toMatchObject({ status: 'error', version: '1.1.0', trial: true, fallback: undefined });
    expect(state.error?.code).toBe('TOOLBOX_HOST_INTEGRITY_MISMATCH');
    expect(loaded).toEqual([]);
    expect(events).toEqual([]);
  });
});
