import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { testEngines } from '../helpers/engines.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { appFiles, makeManifest, multipart, tgzOf } from '../helpers/bundles.ts';
import { bearer, login } from '../helpers/login.ts';

// What Chromium sends with a form post, a fetch or navigator.sendBeacon from a page of the same site on another port
// (http://127.0.0.1:5999 against the desktop at http://localhost:80, inject's default host), and from the desktop.
const otherPort = { origin: 'http://localhost:5999', 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors' };
const desktop = { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' };

describe.each(testEngines)('Origin checks on state-changing cookie requests (%s)', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ engine });
  });
  afterEach(async () => t.close());

  const publishFrom = async (headers: Record<string, string>) => {
    const body = multipart(tgzOf(appFiles(makeManifest('csrf-app'))), 'bundle.tgz');
    return t.app.inject({ method: 'POST', url: '/api/apps/csrf-app/versions', headers: { ...headers, ...body.headers }, payload: body.payload });
  };
  const usageFrom = (headers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/usage',
      headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' },
      payload: JSON.stringify({ events: [{ id: randomUUID(), app: 'visit-log', type: 'open', at: t.clock.now().toISOString() }] }),
    });
  const expectRefused = (res: { statusCode: number; json(): unknown }) => {
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ statusCode: 403, code: 'TOOLBOX_ORIGIN_REFUSED', error: 'Forbidden', message: expect.stringContaining('Sec-Fetch-Site') });
  };

  it('refuses the attacker’s multipart publish, text/plain usage and logout from another port, and changes nothing', async () => {
    const dev = await login(t.app, 'dev');
    const staff = await login(t.app, 'staff');
    expectRefused(await publishFrom({ ...dev.headers, ...otherPort }));
    expect(await t.app.db.selectFrom('apps').select('id').where('id', '=', 'csrf-app').execute()).toHaveLength(0);
    expectRefused(await usageFrom({ ...staff.headers, ...otherPort }));
    expectRefused(await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...staff.headers, ...otherPort } }));
    expect((await t.app.inject({ url: '/api/me', headers: staff.headers })).statusCode).toBe(200);
  });

  it('checks a path the router decodes to /api as it checks /api itself (/%61pi/auth/logout from another port)', async () => {
    const staff = await login(t.app, 'staff');
    for (const url of ['/%61pi/auth/logout', '/%61%70%69/auth/logout', '/api/auth/%6Cogout']) {
      expectRefused(await t.app.inject({ method: 'POST', url, headers: { ...staff.headers, ...otherPort } }));
    }
    expect((await t.app.inject({ url: '/api/me', headers: staff.headers })).statusCode).toBe(200);
    // And the desktop's own request by such a path is still its user's.
    expect((await t.app.inject({ url: '/%61pi/me', headers: staff.headers })).json()).toMatchObject({ user: { username: 'staff' } });
  });

  it('refuses a foreign Origin alone (an older browser without Sec-Fetch-Site) and the "null" origin', async () => {
    const staff = await login(t.app, 'staff');
    for (const origin of ['http://localhost:5999', 'https://localhost', 'http://evil.example', 'null']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...staff.headers, origin } });
      expect(res.statusCode, origin).toBe(403);
      expect(res.json().code).toBe('TOOLBOX_ORIGIN_REFUSED');
    }
    expect((await t.app.inject({ url: '/api/me', headers: staff.headers })).statusCode).toBe(200);
  });

  it('lets the desktop itself, clients without browser headers and bearer tokens through; reads are not checked', async () => {
    const staff = await login(t.app, 'staff');
    const dev = await login(t.app, 'dev');
    expect((await usageFrom({ ...staff.headers, ...desktop })).statusCode).toBe(200);
    expect((await usageFrom({ ...staff.headers, 'sec-fetch-site': 'none' })).statusCode).toBe(200);
    expect((await usageFrom(staff.headers)).statusCode).toBe(200);
    const token = await bearer(t.app, dev);
    expect((await publishFrom({ ...token, ...otherPort })).json().code).not.toBe('TOOLBOX_ORIGIN_REFUSED');
    expect((await t.app.inject({ url: '/api/me', headers: { ...staff.headers, ...otherPort } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...staff.headers, ...desktop } })).statusCode).toBe(204);
  });

  it('compares with the public origin a trusted proxy forwards, and ignores forwarded headers from anyone else', async () => {
    await t.close();
    t = await createTestApp({ engine, trustProxy: 'loopback' });
    const staff = await login(t.app, 'staff');
    const proxied = { ...staff.headers, origin: 'https://toolbox.example.gov.cn', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'toolbox.example.gov.cn' };
    const viaProxy = await t.app.inject({ method: 'POST', url: '/api/usage', remoteAddress: '127.0.0.1', headers: { ...proxied, 'content-type': 'application/json' }, payload: { events: [] } });
    expect(viaProxy.json().code).not.toBe('TOOLBOX_ORIGIN_REFUSED');
    const forged = await t.app.inject({ method: 'POST', url: '/api/auth/logout', remoteAddress: '203.0.113.9', headers: proxied });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('TOOLBOX_ORIGIN_REFUSED');
  });
});
