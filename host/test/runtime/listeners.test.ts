// @vitest-environment jsdom
// The runtime listens to the window (render errors) only while an app is open: every listener it adds is removed
// when the last app closes, and when the runtime is disposed. Counted on the window itself.
import { afterEach, expect, it, vi } from 'vitest';
import { catalogItem } from '../support/catalogItem.ts';
import { testRuntime } from '../support/testRuntime.ts';

afterEach(() => vi.restoreAllMocks());

// Only the events the runtime listens to: libraries probe the window with others (a passive-listener test).
const WATCHED = new Set(['error', 'unhandledrejection']);

function counted() {
  const added: string[] = [];
  const removed: string[] = [];
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
    if (WATCHED.has(type)) added.push(type);
    add(type, listener, options);
  });
  vi.spyOn(window, 'removeEventListener').mockImplementation((type, listener, options) => {
    if (WATCHED.has(type)) removed.push(type);
    remove(type, listener, options);
  });
  return { added, removed };
}

function runtimeWith(ids: string[]) {
  const runtime = testRuntime(
    ids.map((id) => catalogItem({ id, name: { 'zh-CN': id } })),
    { loadModule: async () => ({ mount: async () => undefined, unmount: async () => undefined }) },
  );
  for (const id of ids) runtime.attachFrame(id, document.body.appendChild(document.createElement('div')));
  return runtime;
}

it('adds its window listeners with the first open app and removes each of them when the last one closes', async () => {
  const { added, removed } = counted();
  const runtime = runtimeWith(['visit-log', 'flood-patrol']);
  expect(added).toEqual([]);
  const a = runtime.lifecyclesFor('visit-log');
  const b = runtime.lifecyclesFor('flood-patrol');
  await a.mount();
  await b.mount();
  expect(runtime.mountedApps().sort()).toEqual(['flood-patrol', 'visit-log']);
  expect(added.sort()).toEqual(['error', 'unhandledrejection']);
  await a.unmount();
  expect(removed).toEqual([]);
  await b.unmount();
  expect(removed.sort()).toEqual(['error', 'unhandledrejection']);
  // Open and close again: one pair more of each, never more listeners than apps need.
  await a.mount();
  await a.unmount();
  expect(added).toHaveLength(4);
  expect(removed).toHaveLength(4);
});

it('removes them when the runtime is disposed with an app still open', async () => {
  const { added, removed } = counted();
  const runtime = runtimeWith(['visit-log']);
  await runtime.lifecyclesFor('visit-log').mount();
  runtime.dispose();
  expect(added.sort()).toEqual(['error', 'unhandledrejection']);
  expect(removed.sort()).toEqual(['error', 'unhandledrejection']);
});
