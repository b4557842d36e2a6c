// The contract's client (@toolbox/sdk/api createApiClient) against the real registry over HTTP on 127.0.0.1: typed
// answers as the routes send them, and a refusal as ApiError with the contract's error body.
import { ApiError, createApiClient, getMe, listApps, listUnits, login, mintToken, retireApp } from '@toolbox/sdk/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/createTestApp.ts';

let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp({ engine: 'sqlite', demo: true });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t?.close();
});

describe('createApiClient', () => {
  it('signs in, then reads with the session cookie, typed from the routes', async () => {
    const anonymous = createApiClient({ baseUrl });
    let cookie = '';
    const capture: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      cookie = response.headers.getSetCookie().find((c) => c.startsWith('toolbox_session='))?.split(';')[0] ?? cookie;
      return response;
    };
    const { user } = await createApiClient({ baseUrl, fetch: capture }).request(login, { body: { username: 'admin', password: 'toolbox' } });
    expect(user.role).toBe('admin');
    expect(cookie).toMatch(/^toolbox_session=/);

    const api = createApiClient({ baseUrl, headers: () => ({ cookie }) });
    expect((await api.request(getMe)).user.username).toBe('admin');
    expect(Array.isArray((await api.request(listApps)).items)).toBe(true);
    const units = await api.request(listUnits, { query: { manageable: '1' } });
    expect(units.items.every((u) => Array.isArray(u.path))).toBe(true);

    await expect(anonymous.request(getMe)).rejects.toMatchObject({ statusCode: 401, code: 'TOOLBOX_UNAUTHENTICATED' });
  });

  it('throws ApiError with the error body: code, status, message naming the field', async () => {
    const signedIn = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'toolbox' } });
    const cookie = `toolbox_session=${signedIn.cookies.find((c) => c.name === 'toolbox_session')?.value}`;
    const api = createApiClient({ baseUrl, headers: { cookie } });
    const error = await api.request(retireApp, { params: { id: 'no-such-app' }, body: { reason: '测试' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 404, code: 'TOOLBOX_APP_NOT_FOUND', error: 'Not Found' });

    const bad = await api.request(mintToken, { body: { name: '', scope: 'read' } }).catch((e: unknown) => e as ApiError);
    expect(bad).toMatchObject({ statusCode: 400, code: 'TOOLBOX_VALIDATION_FAILED' });
    expect((bad as ApiError).message).toContain('name');
  });
});
