// @vitest-environment jsdom
// route.ts with the real single-spa: an app opened from the desktop mounts while its path is held, and its URL is
// written when the runtime says it is about to show (or after the latest delay); everything else writes at once.
import { getAppStatus, registerApplication, start, unregisterApplication } from 'single-spa';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRoute, type Route } from '../src/route.ts';
import { appIdFromPath, isAppActive } from '../src/runtime/registerApps.ts';

const mounts: string[] = [];
let route: Route;
// One app name per test: single-spa keeps some state of an unregistered name.
let app = '';
let n = 0;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(() => {
  start({ urlRerouteOnly: true });
});

async function withApp(commitLatestMs = 1000, commitAtMount = true): Promise<string> {
  app = `notes${++n}`;
  const id = app;
  route = createRoute(appIdFromPath, commitLatestMs);
  registerApplication({
    name: id,
    app: async () => ({
      bootstrap: async () => undefined,
      // As the runtime does (beforeShow): the URL is written just before the app mounts, so that a router inside the
      // app reads its own path.
      mount: async () => {
        if (commitAtMount) route.commit(`/app/${id}`);
        mounts.push(`${id} at ${location.pathname}`);
      },
      unmount: async () => undefined,
    }),
    activeWhen: (loc) => isAppActive(id, route.where(loc)),
  });
  await settle();
  return id;
}

afterEach(async () => {
  history.replaceState(null, '', '/');
  await unregisterApplication(app);
  mounts.length = 0;
});

describe('route', () => {
  it('holds an opening app’s path: the desktop and single-spa follow it before the URL is written', async () => {
    const id = await withApp();
    const entries = history.length;
    let told = 0;
    const off = route.subscribe(() => told++);
    route.go(`/app/${id}`);
    expect(told).toBe(1);
    expect(route.path()).toBe(`/app/${id}`);
    expect(location.pathname).toBe('/');
    // Only the held app's URL is written.
    route.commit('/app/other');
    expect(location.pathname).toBe('/');
    await settle();
    expect(getAppStatus(id)).toBe('MOUNTED');
    expect(mounts).toEqual([`${id} at /app/${id}`]);
    expect(history.length).toBe(entries + 1);
    expect(route.path()).toBe(`/app/${id}`);
    off();
  });

  it('writes the URL of an app that is slow to show after the latest delay', async () => {
    const id = await withApp(40);
    route.go(`/app/${id}`);
    expect(location.pathname).toBe('/');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(location.pathname).toBe(`/app/${id}`);
  });

  it('drops the held path when the URL moves under it (Back, or an app’s own pushState)', async () => {
    const id = await withApp();
    route.go(`/app/${id}`);
    history.pushState(null, '', '/elsewhere');
    expect(route.path()).toBe('/elsewhere');
    expect(route.where(location).pathname).toBe('/elsewhere');
    // A late commit writes nothing.
    route.commit();
    expect(location.pathname).toBe('/elsewhere');
    await settle();
    expect(getAppStatus(id)).not.toBe('MOUNTED');
  });

  it('writes a path inside the open app at once: that is the app’s own routing', async () => {
    const id = await withApp();
    route.go(`/app/${id}`);
    await settle();
    expect(location.pathname).toBe(`/app/${id}`);
    route.go(`/app/${id}/records/7`);
    expect(location.pathname).toBe(`/app/${id}/records/7`);
    expect(route.path()).toBe(`/app/${id}/records/7`);
    await settle();
    expect(getAppStatus(id)).toBe('MOUNTED');
  });

  it('writes every other navigation at once, and leaving an opening app before its URL adds no entry', async () => {
    // An app still loading: single-spa has it, the runtime has not shown it yet.
    const id = await withApp(1000, false);
    route.go('/settings');
    expect(location.pathname).toBe('/settings');
    history.replaceState(null, '', '/');
    const entries = history.length;
    route.go(`/app/${id}`);
    await settle();
    expect(getAppStatus(id)).toBe('MOUNTED');
    route.go('/');
    expect(route.path()).toBe('/');
    await settle();
    expect(getAppStatus(id)).toBe('NOT_MOUNTED');
    expect(history.length).toBe(entries);
    expect(location.href).toBe(`${location.origin}/`);
  });
});
