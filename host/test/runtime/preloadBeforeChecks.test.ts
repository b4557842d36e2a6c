// @vitest-environment jsdom
// A press on a tile that comes before the SDK check has loaded (its semver matcher is a chunk of its own, which the
// host loads when the desktop is idle): the app's files are asked for at once, since none of its code runs before
// the check, but its data only once the check has passed. A file of its own: the check must not be loaded yet.
import { expect, it } from 'vitest';
import { loadSdkChecks, sdkChecksReady } from '../../src/runtime/isSdkCompatible.ts';
import { catalogItem } from '../support/catalogItem.ts';
import { testRuntime } from '../support/testRuntime.ts';

it('asks for the files at once and reads the preloadData only once the SDK check has passed', async () => {
  expect(sdkChecksReady()).toBe(false);
  const reads: string[] = [];
  const chunk = 'http://127.0.0.1:1/bundles/visit-log/1.0.0/assets/app-1.js';
  const catalog = [
    catalogItem({ id: 'visit-log', name: { 'zh-CN': '居民走访记录' }, preloadData: ['visits'], preload: [chunk] }),
    catalogItem({ id: 'needs-v2', name: { 'zh-CN': '新版应用' }, sdk: '^2.0.0', preloadData: ['cases'] }),
  ];
  const runtime = testRuntime(catalog, {
    preloadData: (id, collections) => reads.push(`${id}: ${collections.join(',')}`),
    loadModule: async () => ({ mount: async () => undefined, unmount: async () => undefined }),
  });

  runtime.preload('visit-log');
  runtime.preload('needs-v2');
  const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.href);
  expect(links).toEqual([
    'http://127.0.0.1:1/bundles/visit-log/1.0.0/remoteEntry.js',
    chunk,
    'http://127.0.0.1:1/bundles/needs-v2/1.0.0/remoteEntry.js',
  ]);
  expect(reads).toEqual([]);

  await loadSdkChecks();
  await new Promise((resolve) => setTimeout(resolve, 0));
  // The compatible app's data is read now; the one that needs another host API reads nothing.
  expect(reads).toEqual(['visit-log: visits']);
});
