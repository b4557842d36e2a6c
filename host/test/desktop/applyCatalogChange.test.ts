// @vitest-environment jsdom
// The catalogue changing under an open desktop (desktop/applyCatalogChange.ts with the real runtime and single-spa): a
// rollback pulls the version that runs, an app leaves the catalogue, a new version is approved. The apps are tiny
// modules loaded by entry URL, so a test can tell which version's code runs.
import type { CatalogItem, LightAppProps } from '@toolbox/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCatalogChange, stoppedWhileOpen } from '../../src/desktop/applyCatalogChange.ts';
import type { AppRuntime } from '../../src/runtime/createAppRuntime.ts';
import { appFrames, openInFrame } from '../support/appFrame.ts';
import { catalogItem } from '../support/catalogItem.ts';
import { testRuntime } from '../support/testRuntime.ts';

const entry = (id: string, version: string) => `http://127.0.0.1:1/bundles/${id}/${version}/remoteEntry.js`;
const app = (id: string, version: string, previous: string[] = []): CatalogItem =>
  catalogItem({
    id,
    name: { 'zh-CN': id },
    version,
    entry: entry(id, version),
    previous: previous.map((v) => ({ version: v, entry: entry(id, v), sdk: '^1.0.0' })),
  });

/** What ran: `load <entry>`, `mount <entry>`, `unmount <entry>`, in order. */
const ran: string[] = [];
const newFrame = appFrames();
let runtime: AppRuntime | undefined;
/** The catalogue the desktop shows, as the Shell holds it. */
let shown: CatalogItem[] = [];

function setup(items: CatalogItem[]): { runtime: AppRuntime; frame: HTMLElement } {
  ran.length = 0;
  shown = items;
  runtime = testRuntime(items, {
    loadModule: async (_id, url) => {
      ran.push(`load ${url}`);
      return {
        mount: async (props: LightAppProps) => {
          ran.push(`mount ${url}`);
          props.domElement.textContent = `running ${url}`;
        },
        unmount: async (props: LightAppProps) => {
          ran.push(`unmount ${url}`);
          props.domElement.replaceChildren();
        },
      };
    },
  });
  return { runtime, frame: newFrame() };
}

/** The desktop takes a catalogue read by its watch, as the Shell does. */
async function change(rt: AppRuntime, items: CatalogItem[], live = true): Promise<CatalogItem[] | undefined> {
  const catalog = await applyCatalogChange({ runtime: rt, route: { where: (l) => l } }, () => shown, items, () => live);
  if (catalog) shown = catalog;
  return catalog;
}

afterEach(() => runtime?.dispose());

describe('a catalogue that changes while an app is open', () => {
  it('closes a version a rollback pulled, says so in its frame, and opens the current version from there', async () => {
    const { runtime, frame } = setup([app('visit-log', '1.1.0', ['1.0.0'])]);
    await openInFrame(runtime, 'visit-log', frame);
    expect(frame.textContent).toBe(`running ${entry('visit-log', '1.1.0')}`);

    // Rolled back to 1.0.0: 1.1.0 is neither current nor offered as an earlier version any more.
    await change(runtime, [app('visit-log', '1.0.0')]);
    expect(runtime.getState('visit-log')).toEqual({ status: 'withdrawn', version: '1.1.0' });
    await expect.poll(() => ran.at(-1)).toBe(`unmount ${entry('visit-log', '1.1.0')}`);
    expect(frame.textContent).toBe('');

    // 打开当前版本: the catalogue's version, loaded afresh (not the module kept for 1.1.0).
    runtime.retry('visit-log');
    await expect.poll(() => runtime.getState('visit-log').status).toBe('mounted');
    expect(runtime.getState('visit-log').version).toBe('1.0.0');
    expect(frame.textContent).toBe(`running ${entry('visit-log', '1.0.0')}`);
    expect(ran.slice(-2)).toEqual([`load ${entry('visit-log', '1.0.0')}`, `mount ${entry('visit-log', '1.0.0')}`]);
  });

  it('keeps running a version a newer one replaced (it is still offered), and opens the new one next time', async () => {
    const { runtime, frame } = setup([app('visit-log', '1.0.0')]);
    const lifecycles = await openInFrame(runtime, 'visit-log', frame);
    await change(runtime, [app('visit-log', '1.1.0', ['1.0.0'])]);
    expect(runtime.getState('visit-log')).toMatchObject({ status: 'mounted', version: '1.0.0' });
    expect(frame.textContent).toBe(`running ${entry('visit-log', '1.0.0')}`);
    await lifecycles.unmount();
    await openInFrame(runtime, 'visit-log', frame);
    expect(runtime.getState('visit-log')).toMatchObject({ status: 'mounted', version: '1.1.0' });
    expect(ran.slice(-2)).toEqual([`load ${entry('visit-log', '1.1.0')}`, `mount ${entry('visit-log', '1.1.0')}`]);
  });

  it('opens the rolled-back-to version next time on a desktop that ran the pulled one before (no module from the cache)', async () => {
    const { runtime, frame } = setup([app('visit-log', '1.1.0', ['1.0.0'])]);
    const lifecycles = await openInFrame(runtime, 'visit-log', frame);
    await lifecycles.unmount();
    await change(runtime, [app('visit-log', '1.0.0')]);
    await openInFrame(runtime, 'visit-log', frame);
    expect(runtime.getState('visit-log')).toMatchObject({ status: 'mounted', version: '1.0.0' });
    expect(frame.textContent).toBe(`running ${entry('visit-log', '1.0.0')}`);
  });

  it('closes an open app that left the catalogue (retired, or no longer visible), marks it stopped, and opens it no more', async () => {
    const flood = app('flood-patrol', '1.0.0');
    const { runtime, frame } = setup([app('visit-log', '1.0.0'), flood]);
    const lifecycles = await openInFrame(runtime, 'visit-log', frame);
    expect(stoppedWhileOpen('visit-log')).toBe(false);
    await change(runtime, [flood]);
    await expect.poll(() => runtime.getState('visit-log').status).toBe('idle');
    expect(ran.at(-1)).toBe(`unmount ${entry('visit-log', '1.0.0')}`);
    expect(frame.textContent).toBe('');
    expect(runtime.item('visit-log')).toBeUndefined();
    expect(stoppedWhileOpen('visit-log')).toBe(true);
    // An app that was not open is not "stopped" when it leaves.
    await change(runtime, []);
    expect(stoppedWhileOpen('flood-patrol')).toBe(false);
    // single-spa's own unmount when it unregisters the app finds nothing left to do; a later mount opens nothing.
    await lifecycles.unmount();
    await lifecycles.mount();
    expect(ran.filter((r) => r.startsWith('mount'))).toHaveLength(1);
    expect(frame.textContent).toBe('');
  });

  it('gives back nothing when nothing changed, keeps unchanged items the same objects, and does nothing once signed out', async () => {
    const visit = app('visit-log', '1.0.0');
    const flood = app('flood-patrol', '1.0.0');
    const { runtime } = setup([visit, flood]);
    expect(await change(runtime, [structuredClone(visit), structuredClone(flood)])).toBeUndefined();
    const catalog = await change(runtime, [structuredClone(visit), app('flood-patrol', '1.1.0', ['1.0.0'])]);
    expect(catalog?.[0]).toBe(visit);
    expect(catalog?.[1]?.version).toBe('1.1.0');
    expect(await change(runtime, [visit], false)).toBeUndefined();
    expect(runtime.item('flood-patrol')?.version).toBe('1.1.0');
  });
});
