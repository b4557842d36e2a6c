import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/engines.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { publishApp } from '../helpers/bundles.ts';
import { bearer, login, type Session } from '../helpers/login.ts';

const DAY = 24 * 3600 * 1000;

function expectAllowed(res: { statusCode: number; body: string }): void {
  expect([401, 403], res.body).not.toContain(res.statusCode);
}

describe.each(testEngines)('API tokens: password again, scope, expiry (%s)', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ engine });
  });
  afterEach(async () => t.close());

  const mint = (s: Session, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/tokens', headers: s.headers, payload });
  const tokenRows = () => t.app.db.selectFrom('api_tokens').selectAll().execute();

  it('refuses what plugin code in an admin’s page sent: the cookie and a name, without the password', async () => {
    const admin = await login(t.app, 'admin');
    const res = await mint(admin, { name: 'x', scope: 'publish' });
    // Without the password only a fresh single sign-on would do (test/auth/sso.test.ts); a password session has none.
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_REAUTH_REQUIRED', message: expect.stringContaining('password') });
    expect(await tokenRows()).toHaveLength(0);
  });

  it('refuses a wrong password with 401 TOOLBOX_PASSWORD_WRONG, stores nothing and counts it toward the login limit', async () => {
    await t.close();
    t = await createTestApp({ engine, limits: { loginPerMinute: 2 } });
    const dev = await login(t.app, 'dev');
    for (let i = 0; i < 2; i++) {
      const res = await mint(dev, { name: 'x', password: 'not-my-password', scope: 'publish' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ statusCode: 401, code: 'TOOLBOX_PASSWORD_WRONG', message: expect.stringContaining('password') });
    }
    expect(await tokenRows()).toHaveLength(0);
    const limited = await mint(dev, { name: 'x', password: 'toolbox', scope: 'publish' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('TOOLBOX_RATE_LIMITED');
    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'dev', password: 'toolbox' } });
    expect(signIn.statusCode).toBe(429);
    expect(Number(signIn.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('expires a token after 90 days by default, after expiresInDays when given, at most 365', async () => {
    const dev = await login(t.app, 'dev');
    const start = t.clock.now().getTime();
    const res = await mint(dev, { name: 'ci', password: 'toolbox', scope: 'read' });
    expect(res.statusCode).toBe(201);
    expect(Date.parse(res.json().expiresAt) - start).toBe(90 * DAY);
    const long = { authorization: `Bearer ${res.json().token}` };
    const week = await bearer(t.app, dev, 'week', { scope: 'read', expiresInDays: 7 });
    for (const days of [0, 366, 1.5]) {
      const bad = await mint(dev, { name: 'x', password: 'toolbox', scope: 'read', expiresInDays: days });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toContain('expiresInDays');
    }
    t.clock.advanceDays(6.9);
    expect((await t.app.inject({ url: '/api/me', headers: week })).statusCode).toBe(200);
    t.clock.advanceDays(0.2);
    const expired = await t.app.inject({ url: '/api/me', headers: week });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'TOOLBOX_TOKEN_EXPIRED', message: expect.stringContaining('expired') });
    expect((await t.app.inject({ url: '/api/me', headers: long })).statusCode).toBe(200);
    t.clock.advanceDays(84);
    expect((await t.app.inject({ url: '/api/me', headers: long })).json().code).toBe('TOOLBOX_TOKEN_EXPIRED');
  });

  it('a read token reads and cannot write; an admin’s publish token cannot change settings or mint tokens', async () => {
    const admin = await login(t.app, 'admin');
    const read = await bearer(t.app, admin, 'read', { scope: 'read' });
    expect((await t.app.inject({ url: '/api/catalog', headers: read })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/audit', headers: read })).statusCode).toBe(200);
    const publishRead = await publishApp(t.app, read, 'read-only-app');
    expect(publishRead.statusCode).toBe(403);
    expect(publishRead.json()).toMatchObject({ code: 'TOOLBOX_TOKEN_SCOPE', message: expect.stringContaining('read token') });

    const publish = await bearer(t.app, admin, 'publish');
    const settings = await t.app.inject({ method: 'PUT', url: '/api/review-settings', headers: publish, payload: { noticeDays: 1 } });
    expect(settings.statusCode).toBe(403);
    expect(settings.json().code).toBe('TOOLBOX_TOKEN_SCOPE');
    const minted = await t.app.inject({ method: 'POST', url: '/api/tokens', headers: publish, payload: { name: 'x', password: 'toolbox', scope: 'publish' } });
    expect(minted.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/review-settings', headers: admin.headers })).json().settings.noticeDays).not.toBe(1);
    expect(await tokenRows()).toHaveLength(2);
  });

  it('a publish token publishes and rolls back, only its named apps when it names them', async () => {
    const dev = await login(t.app, 'dev');
    const limited = await bearer(t.app, dev, 'one app', { apps: ['street-ledger'] });
    // Allowed means past the token checks: what the publish itself answers is publish.test.ts's business.
    expectAllowed(await publishApp(t.app, limited, 'street-ledger'));
    const other = await publishApp(t.app, limited, 'other-app');
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'TOOLBOX_TOKEN_SCOPE', message: expect.stringContaining('other-app') });
    const rollback = await t.app.inject({ method: 'POST', url: '/api/apps/street-ledger/rollback', headers: limited, payload: { version: '1.0.0' } });
    expectAllowed(rollback);
    expect((await t.app.inject({ url: '/api/apps/other-app/versions', headers: limited })).statusCode).toBe(403);

    const any = await bearer(t.app, dev, 'every app');
    expectAllowed(await publishApp(t.app, any, 'other-app'));
    const readOnly = await t.app.inject({ method: 'POST', url: '/api/tokens', headers: dev.headers, payload: { name: 'x', password: 'toolbox', scope: 'read', apps: ['a'] } });
    expect(readOnly.statusCode).toBe(400);
    expect(readOnly.json().message).toContain('apps');
  });

  it('records lastUsedAt at most once a minute', async () => {
    const dev = await login(t.app, 'dev');
    const headers = await bearer(t.app, dev, 'cli');
    const lastUsed = async () => (await tokenRows())[0]!.last_used_at;
    const t0 = t.clock.now();
    await t.app.inject({ url: '/api/me', headers });
    expect(await lastUsed()).toBe(t0.toISOString());
    t.clock.set(new Date(t0.getTime() + 50_000).toISOString());
    await t.app.inject({ url: '/api/me', headers });
    expect(await lastUsed()).toBe(t0.toISOString());
    const t1 = new Date(t0.getTime() + 61_000);
    t.clock.set(t1.toISOString());
    await t.app.inject({ url: '/api/me', headers });
    expect(await lastUsed()).toBe(t1.toISOString());
  });

  it('users list and revoke their own tokens; admins list everyone’s (?all=1) and revoke any', async () => {
    const dev = await login(t.app, 'dev');
    const admin = await login(t.app, 'admin');
    const devToken = await bearer(t.app, dev, 'dev laptop');
    await bearer(t.app, admin, 'admin laptop');
    const own = (await t.app.inject({ url: '/api/tokens', headers: dev.headers })).json().items;
    expect(own.map((i: { name: string }) => i.name)).toEqual(['dev laptop']);
    const devAll = await t.app.inject({ url: '/api/tokens?all=1', headers: dev.headers });
    expect(devAll.statusCode).toBe(403);
    const all = (await t.app.inject({ url: '/api/tokens?all=1', headers: admin.headers })).json().items as { id: string; name: string; user: { username: string } }[];
    expect(all.map((i) => `${i.user.username}:${i.name}`).sort()).toEqual(['admin:admin laptop', 'dev:dev laptop']);
    const devsId = all.find((i) => i.user.username === 'dev')!.id;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/tokens/${devsId}`, headers: admin.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/me', headers: devToken })).statusCode).toBe(401);
  });
});
