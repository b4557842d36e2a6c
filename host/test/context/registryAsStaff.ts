/// <reference path="../../../registry-server/test/helpers/yazl.d.ts" />
import type { CollectionSchema } from '@toolbox/sdk';
import { afterAll, beforeAll, expect } from 'vitest';
import { publishApp } from '../../../registry-server/test/helpers/bundles.ts';
import { createTestApp, type TestApp } from '../../../registry-server/test/helpers/createTestApp.ts';
import { login } from '../../../registry-server/test/helpers/login.ts';
import { setApiBase } from '../../src/api/http.ts';

/**
 * For the suite: a real registry on 127.0.0.1 (SQLite) where `dev` published `appId` with `collections`, and the
 * desktop's API calls going to it as `staff`. Node's fetch keeps no cookies: staff's session is sent, from the
 * desktop's own origin, as the browser would.
 */
export function registryAsStaff(appId: string, collections: Record<string, CollectionSchema>): void {
  let server: TestApp | undefined;
  const realFetch = globalThis.fetch;
  beforeAll(async () => {
    server = await createTestApp({ engine: 'sqlite' });
    const dev = await login(server.app, 'dev');
    expect((await publishApp(server.app, dev.headers, appId, { collections })).statusCode).toBe(201);
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
