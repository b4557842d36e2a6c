// @vitest-environment jsdom
// An app whose bootstrap, mount or unmount never settles must not hold the host's lifecycles, which single-spa awaits
// before any other route change: the host's mount gives up its wait when the app's route is left (or the open ends),
// and its unmount after UNMOUNT_GRACE_MS. The app's own frame still ends in the timeout if the user stays.
import type { LightAppProps } from '@toolbox/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppRoute, UNMOUNT_GRACE_MS } from '../../src/runtime/appRuntimeOptions.ts';
import type { AppRuntime } from '../../src/runtime/createAppRuntime.ts';
import { appFrames, openInFrame } from '../support/appFrame.ts';
import { catalogItem } from '../support/catalogItem.ts';
import { testRuntime } from '../support/testRuntime.ts';

const never = () => new Promise<never>(() => undefined);

/** What each app does: `mount-hangs`, `unmount-hangs`, `bootstrap-hangs` never settle that lifecycle; `good` is fine. */
const show = (text: string) => async (p: LightAppProps) => {
  p.domElement.textContent = text;
};
const modules: Record<string, () => Record<string, unknown>> = {
  good: () => ({ mount: show('good'), unmount: async (p: LightAppProps) => p.domElement.replaceChildren() }),
  'mount-hangs': () => ({
    mount: (p: LightAppProps) => {
      p.domElement.textContent = 'mounting forever';
      return never();
    },
    unmount: async () => ran.push('mount-hangs unmounted'),
  }),
  'bootstrap-hangs': () => ({ bootstrap: never, mount: async () => undefined, unmount: async () => undefined }),
  'unmount-hangs': () => ({ mount: show('unmount hangs'), unmount: never }),
};
const ran: string[] = [];

/** The desktop's route as the runtime sees it: which app is shown, and a way to move it. */
function fakeRoute(): AppRoute & { show(id: string | undefined): void } {
  let shown: string | undefined;
  const listeners = new Set<() => void>();
  return {
    isActive: (id) => id === shown,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(id) {
      shown = id;
      for (const l of listeners) l();
    },
  };
}

const newFrame = appFrames();
let runtime: AppRuntime | undefined;
afterEach(() => runtime?.dispose());

function setup(timeoutMs: number) {
  ran.length = 0;
  const route = fakeRoute();
  runtime = testRuntime(
    Object.keys(modules).map((id) => catalogItem({ id, name: { 'zh-CN': id } })),
    { timeoutMs, route, loadModule: async (id) => modules[id]!() },
  );
  return { runtime, route };
}

/** How long `work` takes, in ms. */
async function timed(work: Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work;
  return performance.now() - started;
}

describe('an app whose lifecycle never settles', () => {
  it.each(['mount-hangs', 'bootstrap-hangs'])('%s: the host’s mount returns when its route is left, not after the timeout', async (id) => {
    const { runtime, route } = setup(10_000);
    const frame = newFrame();
    route.show(id);
    const lifecycles = runtime.lifecyclesFor(id);
    runtime.attachFrame(id, frame);
    const mounting = lifecycles.mount();
    await new Promise((resolve) => setTimeout(resolve, 50));
    route.show(undefined);
    expect(await timed(mounting)).toBeLessThan(1_000);
    // single-spa then unmounts it: also within the grace, with the frame empty.
    expect(await timed(lifecycles.unmount())).toBeLessThan(UNMOUNT_GRACE_MS + 500);
    expect(frame.textContent).toBe('');
    // Another app opens at once.
    route.show('good');
    const other = newFrame();
    expect(await timed(openInFrame(runtime, 'good', other))).toBeLessThan(1_000);
    expect(other.textContent).toBe('good');
  });

  it('unmount-hangs: the host’s unmount returns after the grace with the frame emptied; its own next open waits, others do not', async () => {
    const { runtime, route } = setup(1_500);
    const frame = newFrame();
    route.show('unmount-hangs');
    const lifecycles = await openInFrame(runtime, 'unmount-hangs', frame);
    expect(frame.textContent).toBe('unmount hangs');
    route.show(undefined);
    const took = await timed(lifecycles.unmount());
    expect(took).toBeGreaterThanOrEqual(UNMOUNT_GRACE_MS - 5);
    expect(took).toBeLessThan(UNMOUNT_GRACE_MS + 500);
    expect(frame.textContent).toBe('');
    expect(runtime.getState('unmount-hangs').status).toBe('idle');
    // Another app at once.
    expect(await timed(openInFrame(runtime, 'good', newFrame()))).toBeLessThan(500);
    // The same app again: its mount waits until its last unmount gave up (the 1.5 s timeout), never overlapping it.
    const again = newFrame();
    const waited = await timed(openInFrame(runtime, 'unmount-hangs', again));
    expect(waited).toBeGreaterThan(1_000);
    expect(again.textContent).toBe('unmount hangs');
  });

  it('unmounts an app closed while it mounts once its mount is over (here: its timeout), never before', async () => {
    const { runtime, route } = setup(400);
    const frame = newFrame();
    route.show('mount-hangs');
    const lifecycles = runtime.lifecyclesFor('mount-hangs');
    runtime.attachFrame('mount-hangs', frame);
    const mounting = lifecycles.mount();
    await new Promise((resolve) => setTimeout(resolve, 50));
    route.show(undefined);
    await mounting;
    await lifecycles.unmount();
    expect(ran).toEqual([]);
    await expect.poll(() => ran, { timeout: 2_000 }).toEqual(['mount-hangs unmounted']);
  });

  it('mount-hangs: a user who stays gets the timeout’s error frame', async () => {
    const { runtime, route } = setup(300);
    route.show('mount-hangs');
    await openInFrame(runtime, 'mount-hangs', newFrame());
    expect(runtime.getState('mount-hangs').error?.code).toBe('TOOLBOX_HOST_TIMEOUT');
  });
});
