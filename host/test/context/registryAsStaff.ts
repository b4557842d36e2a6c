import type { CollectionSchema } from '@toolbox/sdk';
import { afterAll, beforeAll, expect } from 'vitest';
import { publishApp } from '../../../registry-server/test/helpers/bundles.ts';
import { createTestApp, type TestApp, type TestAppOptions } from '../../../registry-server/test/helpers/createTestApp.ts';
import { login } from '../../../registry-server/test/helpers/login.ts';
import { setApiBase } from '../../src/api/http.ts';

/** What a suite publishes before the desktop talks to the registry: an app with code as `dev`, or a form app. */
export type RegistrySetup = { appId: string; collections: Record<string, CollectionSchema> } | ((app: TestApp['app']) => Promise<void>);

/**
 * For the suite: a real registry on 127.0.0.1 (SQLite) where `dev` published `appId` with `collections` (or where
 * `setup` published what the suite needs), and the desktop's API calls going to it as `staff`. Node's fetch keeps no
 * cookies: staff's session is sent, from the desktop's own origin, as the browser would. `limits` are the registry's.
 */
export function registryAsStaff(setup: RegistrySetup, limits?: TestAppOptions['limits']): void {
  let server: TestApp | undefined;
  const realFetch = globalThis.fetch;
  beforeAll(async () => {
    server = await createTestApp({ engine: 'sqlite', limits });
    if (typeof setup === 'function') await setup(server.app);
    else {
      const dev = await login(server.app, 'dev');
      expect((await publishApp(server.app, dev.headers, setup.appId, { collections: setup.collections })).statusCode).toBe(201);
    }
    const staff = await login(server.app, 'staff');
    const origin = await server.app.listen({ host: '127.0.0.1', port: 0 });
    setApiBase(origin);
    globalThis.fetch = (input, init) => realFetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...staff.headers, origin } });
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await server?.close();
  });
}
