import { describe, expect, it } from 'vitest';
import { testEngines } from './helpers/engines.ts';
import { appPerTest } from './helpers/appPerTest.ts';
import { createTestApp } from './helpers/createTestApp.ts';
import { bearer, login } from './helpers/login.ts';

describe.each(testEngines)('auth (%s)', (engine) => {
  const t = appPerTest({ engine });

  it('signs in with the right password and returns the user with the path of their unit', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'staff', password: 'toolbox' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      username: 'staff',
      role: 'staff',
      unit: { id: 'huayanglu-01', name: '华阳居委会', path: ['长宁区', '华阳路街道', '华阳居委会'] },
    });
    const cookie = res.cookies.find((c) => c.name === 'toolbox_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    // Only a hash of the cookie is stored.
    const stored = await t.app.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(cookie!.value);

    const me = await t.app.inject({ url: '/api/me', headers: { cookie: `toolbox_session=${cookie!.value}` } });
    expect(me.json().user.username).toBe('staff');
  });

  it('refuses a wrong password and an unknown user with TOOLBOX_LOGIN_FAILED, and sets no cookie', async () => {
    for (const payload of [{ username: 'staff', password: 'wrong' }, { username: 'nobody', password: 'toolbox' }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ statusCode: 401, code: 'TOOLBOX_LOGIN_FAILED', error: 'Unauthorized', message: expect.any(String) });
      expect(res.cookies).toHaveLength(0);
    }
    expect(await t.app.db.selectFrom('sessions').selectAll().execute()).toHaveLength(0);
  });

  it('answers 401 TOOLBOX_UNAUTHENTICATED without a session or token, and for a forged one', async () => {
    for (const headers of [{}, { cookie: 'toolbox_session=forged' }, { authorization: 'Bearer tbx_forged' }]) {
      const res = await t.app.inject({ url: '/api/catalog', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('TOOLBOX_UNAUTHENTICATED');
    }
  });

  it('logs out: the session no longer works', async () => {
    const s = await login(t.app, 'dev');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/me', headers: s.headers })).statusCode).toBe(401);
  });

  it('expires sessions after their lifetime (fake clock)', async () => {
    const s = await login(t.app, 'staff');
    t.clock.advanceDays(8);
    expect((await t.app.inject({ url: '/api/me', headers: s.headers })).statusCode).toBe(401);
  });

  it('creates a bearer token shown once and stored hashed, which then authenticates as its user', async () => {
    const dev = await login(t.app, 'dev');
    const headers = await bearer(t.app, dev, 'cli');
    const token = headers.authorization.slice('Bearer '.length);
    const rows = await t.app.db.selectFrom('api_tokens').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toContain(token);
    const me = await t.app.inject({ url: '/api/me', headers });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('dev');
  });

  it('does not give staff a token (403)', async () => {
    const staff = await login(t.app, 'staff');
    const res = await t.app.inject({ method: 'POST', url: '/api/tokens', headers: staff.headers, payload: { name: 'x', password: 'toolbox', scope: 'read' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('TOOLBOX_FORBIDDEN');
    expect(await t.app.db.selectFrom('api_tokens').selectAll().execute()).toHaveLength(0);
  });

  it('keeps pins per user, in order', async () => {
    const staff = await login(t.app, 'staff');
    const staff2 = await login(t.app, 'staff2');
    const put = await t.app.inject({ method: 'PUT', url: '/api/me/pins', headers: staff.headers, payload: { pins: ['b-app', 'a-app'] } });
    expect(put.json()).toEqual({ pins: ['b-app', 'a-app'] });
    expect((await t.app.inject({ url: '/api/me/pins', headers: staff.headers })).json()).toEqual({ pins: ['b-app', 'a-app'] });
    expect((await t.app.inject({ url: '/api/me/pins', headers: staff2.headers })).json()).toEqual({ pins: [] });
    const tooMany = Array.from({ length: 51 }, (_, i) => `app-${i}`);
    const bad = await t.app.inject({ method: 'PUT', url: '/api/me/pins', headers: staff.headers, payload: { pins: tooMany } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('TOOLBOX_VALIDATION_FAILED');
    expect(bad.json().message).toContain('pins');
  });
});

describe('login rate limit', () => {
  it('answers 429 TOOLBOX_RATE_LIMITED after too many attempts', async () => {
    const t = await createTestApp({ engine: 'sqlite', limits: { loginPerMinute: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'staff', password: 'x' } })).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'staff', password: 'toolbox' } });
      expect(res.json().code).toBe('TOOLBOX_RATE_LIMITED');
      // Counted per address, whatever the user name (test/auth/loginLimits.test.ts has the rest).
      const other = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'staff2', password: 'toolbox' } });
      expect(other.statusCode).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('creates admin from TOOLBOX_ADMIN_PASSWORD when there are no users (non-demo)', async () => {
    const t = await createTestApp({ engine: 'sqlite', demo: false, adminPassword: 's3cret-admin' });
    try {
      const s = await login(t.app, 'admin', 's3cret-admin');
      expect(s.user.role).toBe('admin');
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'dev', password: 'toolbox' } })).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describe.each(testEngines)('tokens and the org tree (%s)', (engine) => {
  const t = appPerTest({ engine });

  it('lists a developer’s tokens without secrets and revokes one', async () => {
    const dev = await login(t.app, 'dev');
    const headers = await bearer(t.app, dev, 'laptop');
    const list = (await t.app.inject({ url: '/api/tokens', headers: dev.headers })).json().items;
    expect(list).toEqual([
      {
        id: expect.any(String),
        name: 'laptop',
        scope: 'publish',
        apps: null,
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
        lastUsedAt: null,
        expired: false,
        user: { id: dev.user.id, username: 'dev', name: expect.any(String) },
      },
    ]);
    expect(JSON.stringify(list)).not.toContain(headers.authorization.slice(7));
    const admin = await login(t.app, 'admin');
    const other = await bearer(t.app, admin, 'admin-cli');
    // A developer cannot revoke someone else's token.
    const adminTokenId = (await t.app.inject({ url: '/api/tokens', headers: admin.headers })).json().items[0].id;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/tokens/${adminTokenId}`, headers: dev.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/me', headers: other })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/tokens/${list[0].id}`, headers: dev.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/me', headers })).statusCode).toBe(401);
  });

  it('gives the org tree of 长宁区 with 10 streets/towns and their committees', async () => {
    const staff = await login(t.app, 'staff');
    const units = (await t.app.inject({ url: '/api/org/units', headers: staff.headers })).json().items as { id: string; name: string; kind: string; parentId: string | null }[];
    // Issue 15 added nameEn, disabled and path; the fields the CLI reads are unchanged.
    expect(units.find((u) => u.id === 'changning')).toEqual({
      id: 'changning', name: '长宁区', nameEn: 'Changning District', kind: 'district', parentId: null, disabled: false, path: ['长宁区'],
    });
    expect(units.filter((u) => u.kind === 'street').map((u) => u.id).sort()).toEqual(
      ['beixinjing', 'chengjiaqiao', 'hongqiao', 'huayanglu', 'jiangsulu', 'tianshanlu', 'xianxiaxincun', 'xinhualu', 'xinjingzhen', 'zhoujiaqiao'],
    );
    expect(units.find((u) => u.id === 'ops-centre')).toMatchObject({ name: '区城运中心', kind: 'department', parentId: 'changning' });
    for (const street of units.filter((u) => u.kind === 'street')) {
      const committees = units.filter((u) => u.parentId === street.id);
      expect(committees.length).toBeGreaterThanOrEqual(3);
      expect(committees.length).toBeLessThanOrEqual(4);
      committees.forEach((c, i) => {
        expect(c.id).toBe(`${street.id}-${String(i + 1).padStart(2, '0')}`);
        expect(c.name).toMatch(/居委会$/);
      });
    }
  });
});
