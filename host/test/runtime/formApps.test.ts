// @vitest-environment jsdom
// Form apps: the catalogue entry's entry is the shared form runtime and `form.definition` its version's form.json. The
// host reads the definition beside the runtime's code (one request more), checks it against `form.integrity`, and
// passes it to the runtime's mount as the prop `form`. A real HTTP server serves the definitions.
import { createHash } from 'node:crypto';
import type { CatalogItem, LightAppProps, UsageEventType } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import type { AppRuntime } from '../../src/runtime/createAppRuntime.ts';
import { appFrames, openInFrame } from '../support/appFrame.ts';
import { catalogItem } from '../support/catalogItem.ts';
import { staffContext, testRuntime } from '../support/testRuntime.ts';
import { loopbackServer } from '../support/loopbackServer.ts';

const LEDGER = JSON.stringify({ id: 'hardship-hy', name: { 'zh-CN': '困难群众帮扶台账' }, sections: [] });
const PATROL = JSON.stringify({ id: 'ebike-hy', name: { 'zh-CN': '电动车违规充电排查' }, sections: [] });
const files: Record<string, string> = {
  '/bundles/hardship-hy/1.0.0/form.json': LEDGER,
  '/bundles/ebike-hy/1.0.0/form.json': PATROL,
  '/bundles/broken-hy/1.0.0/form.json': '{"id": "broken-hy", ',
};
const sri = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** Every request the server saw, in order, with what the runtime's module load had done by then. */
const requests: string[] = [];
const served = loopbackServer((req, res) => {
  requests.push(req.url ?? '');
  const body = files[req.url ?? ''];
  res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
  res.end(body ?? '');
});

const RUNTIME_ENTRY = 'http://127.0.0.1:1/bundles/form-runtime/1.2.0/remoteEntry.js';
const formItem = (id: string, form: Partial<NonNullable<CatalogItem['form']>> = {}): CatalogItem =>
  catalogItem({
    id,
    name: { 'zh-CN': id },
    entry: RUNTIME_ENTRY,
    form: { definition: `${served.origin}/bundles/${id}/1.0.0/form.json`, runtime: '1.2.0', ...form },
  });

let runtime: AppRuntime | undefined;
const newFrame = appFrames();
let frame: HTMLElement;
const events: { app: string; type: UsageEventType }[] = [];
const loads: string[] = [];
const mounted: (LightAppProps & { form?: unknown })[] = [];

const preloadedData: string[] = [];
/** The form apps whose first list query the host was asked to start (`preloadForm`), and how many had been at each mount. */
const formQueries: string[] = [];
const formQueriesAtMount: number[] = [];
/** The collections each mount waited for (`dataReady`). */
const dataWaits: string[] = [];

function setup(items: CatalogItem[]): AppRuntime {
  events.length = 0;
  preloadedData.length = 0;
  formQueries.length = 0;
  formQueriesAtMount.length = 0;
  dataWaits.length = 0;
  loads.length = 0;
  mounted.length = 0;
  requests.length = 0;
  const rt = testRuntime(items, {
    timeoutMs: 5_000,
    report: (app, type) => events.push({ app, type }),
    createContext: staffContext,
    preloadData: (id, collections) => preloadedData.push(`${id} ${collections.join(',')}`),
    preloadForm: (id, definition) => formQueries.push(`${id} ${(definition as { id: string }).id}`),
    // A read that never comes back: a mount that waits for it waits the whole dataWaitMs.
    dataReady: (id, collections) => {
      dataWaits.push(`${id} ${collections.join(',')}`);
      return new Promise(() => undefined);
    },
    dataWaitMs: 300,
    // The runtime's module: slow enough that a definition read only after it would show in `requests`' order.
    loadModule: async (id, entry) => {
      loads.push(`${id} ${entry}`);
      const seenBefore = requests.length;
      await new Promise((r) => setTimeout(r, 60));
      loads.push(`requests while loading: ${requests.length - seenBefore}`);
      return {
        bootstrap: async () => undefined,
        mount: async (props: LightAppProps & { form?: unknown }) => {
          mounted.push(props);
          formQueriesAtMount.push(formQueries.length);
          props.domElement.textContent = `表单：${(props.form as { name: { 'zh-CN': string } }).name['zh-CN']}`;
        },
        unmount: async (props: LightAppProps) => props.domElement.replaceChildren(),
      };
    },
  });
  frame = newFrame();
  return rt;
}

const open = (rt: AppRuntime, id: string) => openInFrame(rt, id, frame);

describe('form apps in the host runtime', () => {
  it('reads the definition while the runtime loads, checks its hash and mounts the runtime with it as `form`', async () => {
    runtime = setup([formItem('hardship-hy', { integrity: sri(LEDGER) })]);
    const lc = await open(runtime, 'hardship-hy');
    expect(runtime.getState('hardship-hy').error).toBeUndefined();
    expect(runtime.getState('hardship-hy').status).toBe('mounted');
    expect(mounted).toHaveLength(1);
    expect(mounted[0]!.form).toEqual(JSON.parse(LEDGER));
    expect(mounted[0]!.name).toBe('hardship-hy');
    expect(frame.textContent).toBe('表单：困难群众帮扶台账');
    // One request beyond the runtime's code, made while the code was loading (not after it).
    expect(requests).toEqual(['/bundles/hardship-hy/1.0.0/form.json']);
    expect(loads).toEqual([`hardship-hy ${RUNTIME_ENTRY}`, 'requests while loading: 1']);
    // Its list's first query was started with the definition, before the runtime mounted (and could send it itself).
    expect(formQueries).toEqual(['hardship-hy hardship-hy']);
    expect(formQueriesAtMount).toEqual([1]);
    await lc.unmount();
    expect(events.map((e) => e.type)).toEqual(['open', 'close']);
  });

  it('starts the definition read at the press, with the code, and the open reuses it', async () => {
    runtime = setup([formItem('hardship-hy')]);
    const { loadSdkChecks } = await import('../../src/runtime/isSdkCompatible.ts');
    await loadSdkChecks();
    runtime.preload('hardship-hy');
    await open(runtime, 'hardship-hy');
    expect(runtime.getState('hardship-hy').status).toBe('mounted');
    expect(requests).toEqual(['/bundles/hardship-hy/1.0.0/form.json']);
    expect(loads.filter((l) => !l.startsWith('requests'))).toHaveLength(1);
    // The press and the open each ask for the first query (the prefetch keeps one read per query).
    expect(formQueries).toEqual(['hardship-hy hardship-hy', 'hardship-hy hardship-hy']);
  });

  it('reads no first page ahead for a form app (its runtime asks the server for a page of its query); its mount waits for that query, dataWaitMs at most', async () => {
    const app = { ...formItem('hardship-hy'), preloadData: ['records'] };
    const visitLog = { ...formItem('visit-log'), form: undefined, entry: RUNTIME_ENTRY.replace('form-runtime', 'visit-log'), preloadData: ['visits'] };
    runtime = setup([app, visitLog]);
    const { loadSdkChecks } = await import('../../src/runtime/isSdkCompatible.ts');
    await loadSdkChecks();
    runtime.preload('hardship-hy');
    const started = performance.now();
    await open(runtime, 'hardship-hy');
    expect(runtime.getState('hardship-hy').status).toBe('mounted');
    // It waited for its records (its first list query, which cachedQuery() then gives the first render), not longer.
    expect(dataWaits).toEqual(['hardship-hy records']);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(performance.now() - started).toBeLessThan(1_500);
    // A built app's preloadData is still read at the press.
    runtime.preload('visit-log');
    expect(preloadedData).toEqual(['visit-log visits']);
    expect(formQueries.every((q) => q === 'hardship-hy hardship-hy')).toBe(true);
    expect(formQueries.length).toBeGreaterThan(0);
  });

  it('loads the runtime once for two form apps, each mounted with its own definition', async () => {
    runtime = setup([formItem('hardship-hy', { integrity: sri(LEDGER) }), formItem('ebike-hy', { integrity: sri(PATROL) })]);
    const first = await open(runtime, 'hardship-hy');
    await first.unmount();
    await open(runtime, 'ebike-hy');
    expect(runtime.getState('ebike-hy').status).toBe('mounted');
    expect(frame.textContent).toBe('表单：电动车违规充电排查');
    expect(mounted.map((p) => (p.form as { id: string }).id)).toEqual(['hardship-hy', 'ebike-hy']);
    expect(loads.filter((l) => !l.startsWith('requests'))).toEqual([`hardship-hy ${RUNTIME_ENTRY}`]);
    expect(requests).toEqual(['/bundles/hardship-hy/1.0.0/form.json', '/bundles/ebike-hy/1.0.0/form.json']);
  });

  it('shows the error frame when the definition is missing (404) or not JSON, and a retry reads it again', async () => {
    runtime = setup([formItem('missing-hy'), formItem('broken-hy')]);
    await open(runtime, 'missing-hy');
    let state = runtime.getState('missing-hy');
    expect(state.status).toBe('error');
    expect(state.error?.code).toBe('TOOLBOX_HOST_FORM_DEFINITION_FAILED');
    expect(state.error?.detail).toContain('/bundles/missing-hy/1.0.0/form.json');
    expect(state.error?.detail).toContain('404');
    expect(mounted).toEqual([]);
    expect(frame.textContent).toBe('');
    expect(events.map((e) => e.type)).toEqual(['open', 'load_error']);

    // Published meanwhile (a cache that had a 404): the retry asks again rather than keeping the failure.
    files['/bundles/missing-hy/1.0.0/form.json'] = LEDGER;
    try {
      runtime.retry('missing-hy');
      await expect.poll(() => runtime!.getState('missing-hy').status).toBe('mounted');
      expect(requests.filter((r) => r.includes('missing-hy'))).toHaveLength(2);
    } finally {
      delete files['/bundles/missing-hy/1.0.0/form.json'];
    }

    await open(runtime, 'broken-hy');
    state = runtime.getState('broken-hy');
    expect(state.error?.code).toBe('TOOLBOX_HOST_FORM_DEFINITION_FAILED');
    expect(state.error?.detail).toContain('is not JSON');
  });

  it('refuses a definition whose bytes differ from the catalogue hash, without mounting the runtime', async () => {
    runtime = setup([formItem('hardship-hy', { integrity: sri(PATROL) })]);
    await open(runtime, 'hardship-hy');
    const state = runtime.getState('hardship-hy');
    expect(state.status).toBe('error');
    expect(state.error?.code).toBe('TOOLBOX_HOST_INTEGRITY_MISMATCH');
    expect(state.error?.detail).toContain(sri(LEDGER));
    expect(mounted).toEqual([]);
  });
});
