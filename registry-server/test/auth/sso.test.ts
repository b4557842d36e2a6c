// Single sign-on against a real OpenID provider (oidc-provider on 127.0.0.1), through Fastify's inject: the
// product's side of the code flow with PKCE, the roster match and first-time creation, every refusal with its code
// and nothing stored, sign-out at the provider, and token minting on a fresh SSO sign-in (issue 12).
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { StartupError } from '../../src/options.ts';
import type { SsoOptions } from '../../src/sso/SsoOptions.ts';
import { ssoDb } from '../../src/sso/ssoTables.ts';
import { countRows } from '../helpers/counts.ts';
import { createTestApp, TestClock, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login } from '../helpers/login.ts';
import { signInAtProvider, startOidcProvider, type TestProvider } from '../helpers/oidcProvider.ts';

const PUBLIC_URL = 'http://127.0.0.1:4173';
let provider: TestProvider;

beforeAll(async () => {
  provider = await startOidcProvider(PUBLIC_URL);
  provider.accounts.set('zhang', { preferred_username: 'zhangwei', name: '张伟', unit: 'xinhualu-01', roles: ['toolbox-dev'] });
  provider.accounts.set('boss', { preferred_username: 'liqiang', name: '李强', unit: 'ops-centre', roles: ['staff', 'toolbox-admin', 'toolbox-dev'] });
  provider.accounts.set('nowhere', { preferred_username: 'wangfang', name: '王芳', unit: 'no-such-unit' });
  provider.accounts.set('roster', { preferred_username: 'staff', name: '华阳路工作人员', unit: 'ignored' });
  provider.accounts.set('nameless', { preferred_username: '', name: '无名' });
});
afterAll(async () => provider.stop());

function ssoOptions(extra: SsoOptions = {}): SsoOptions {
  return {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    publicUrl: PUBLIC_URL,
    scopes: 'openid profile toolbox',
    roleMap: 'toolbox-admin:admin,toolbox-dev:developer',
    autoCreate: true,
    ...extra,
  };
}

interface Begun {
  state: string;
  cookie: string;
  authorizationUrl: URL;
}

/** countRows with every table present (the type says a table may be missing). */
async function counts(app: FastifyInstance): Promise<Record<'users' | 'sessions' | 'audit_log', number> & Record<string, number>> {
  return (await countRows(app)) as Record<'users' | 'sessions' | 'audit_log', number> & Record<string, number>;
}

async function begin(app: FastifyInstance, query = '', headers: Record<string, string> = {}): Promise<Begun> {
  const res = await app.inject({ url: `/api/auth/oidc/login${query}`, headers });
  expect(res.statusCode, res.body).toBe(302);
  const authorizationUrl = new URL(res.headers.location as string);
  const cookie = res.cookies.find((c) => c.name === 'toolbox_oidc');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc/' });
  return { state: authorizationUrl.searchParams.get('state')!, cookie: `toolbox_oidc=${cookie!.value}`, authorizationUrl };
}

/** The whole round: begin, sign in at the provider as `account`, come back to the callback. */
async function signIn(app: FastifyInstance, account: string, options: { query?: string; headers?: Record<string, string> } = {}) {
  const b = await begin(app, options.query, options.headers);
  const back = await signInAtProvider(b.authorizationUrl.href, account);
  expect(back.href.startsWith(`${PUBLIC_URL}/api/auth/oidc/callback?`)).toBe(true);
  const cookies = [b.cookie, options.headers?.cookie].filter(Boolean).join('; ');
  const res = await app.inject({ url: back.pathname + back.search, headers: { ...options.headers, cookie: cookies } });
  const session = res.cookies.find((c) => c.name === 'toolbox_session');
  return { res, begun: b, callback: back, headers: session ? { cookie: `toolbox_session=${session.value}` } : undefined };
}

describe.each(testEngines)('single sign-on (%s)', (engine) => {
  let t: TestApp;
  const start = async (sso: SsoOptions) => {
    t = await createTestApp({ engine, sso, clock: new TestClock(new Date().toISOString()) });
    return t.app;
  };
  afterEach(async () => t?.close());

  it('sends the browser to the provider with PKCE (S256), state and nonce, and tells the desktop which methods there are', async () => {
    const app = await start(ssoOptions());
    expect((await app.inject({ url: '/api/auth/methods' })).json()).toEqual({ password: true, passwordForSome: false, sso: { loginUrl: '/api/auth/oidc/login' } });
    const { authorizationUrl, state } = await begin(app);
    expect(authorizationUrl.origin).toBe(provider.issuer);
    const q = authorizationUrl.searchParams;
    expect(Object.fromEntries(q)).toMatchObject({
      client_id: 'toolbox',
      response_type: 'code',
      redirect_uri: `${PUBLIC_URL}/api/auth/oidc/callback`,
      scope: 'openid profile toolbox',
      code_challenge_method: 'S256',
    });
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(q.has('prompt')).toBe(false);
    // Only the hash of the state is stored; the verifier never leaves the server.
    const rows = await ssoDb(app.db).selectFrom('oidc_logins').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.state_hash).not.toContain(state);
    expect(authorizationUrl.href).not.toContain(rows[0]!.code_verifier);
  });

  it('creates a first-time user in the unit of the claim with the mapped role, audited; the next sign-in finds them', async () => {
    const app = await start(ssoOptions());
    const before = await counts(app);
    const first = await signIn(app, 'zhang', { query: '?returnTo=/app/visit-log' });
    expect(first.res.statusCode, first.res.body).toBe(303);
    expect(first.res.headers.location).toBe(`${PUBLIC_URL}/app/visit-log`);
    expect(first.res.cookies.find((c) => c.name === 'toolbox_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = (await app.inject({ url: '/api/me', headers: first.headers })).json().user;
    expect(me).toMatchObject({ username: 'zhangwei', name: '张伟', role: 'developer', unit: { id: 'xinhualu-01' } });
    expect(me.unit.path[1]).toBe('新华路街道');
    expect(await counts(app)).toMatchObject({ users: before.users + 1, sessions: before.sessions + 1, audit_log: before.audit_log + 1 });
    const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.create').execute();
    expect(audit[0]).toMatchObject({ actor_username: 'sso' });
    expect(JSON.parse(audit[0]!.details!)).toMatchObject({ username: 'zhangwei', role: 'developer', unitId: 'xinhualu-01' });
    // No usable password: a password sign-in as the new user fails like any wrong password.
    const pw = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'zhangwei', password: 'anything-at-all' } });
    expect(pw.json().code).toBe('TOOLBOX_LOGIN_FAILED');

    const again = await signIn(app, 'zhang');
    expect(again.res.statusCode).toBe(303);
    expect(await counts(app)).toMatchObject({ users: before.users + 1, audit_log: before.audit_log + 1 });
    // Several mapped values: the strongest role.
    const boss = await signIn(app, 'boss');
    expect((await app.inject({ url: '/api/me', headers: boss.headers })).json().user).toMatchObject({ username: 'liqiang', role: 'admin' });
  });

  it('matches a roster user by username, keeps their unit, and takes the role mapping (audited)', async () => {
    const app = await start(ssoOptions({ roleMap: 'toolbox-dev:developer' }));
    provider.accounts.set('roster', { preferred_username: 'staff', name: '华阳路工作人员', unit: 'xinhualu-01', roles: ['toolbox-dev'] });
    const { res, headers } = await signIn(app, 'roster');
    expect(res.statusCode).toBe(303);
    const me = (await app.inject({ url: '/api/me', headers })).json().user;
    expect(me).toMatchObject({ username: 'staff', name: '华阳路工作人员', role: 'developer', unit: { id: 'huayanglu-01' } });
    const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.role').execute();
    expect(audit[0]).toMatchObject({ actor_username: 'sso' });
    expect(JSON.parse(audit[0]!.details!)).toMatchObject({ username: 'staff', from: 'staff', to: 'developer' });
    provider.accounts.set('roster', { preferred_username: 'staff', name: '华阳路工作人员', unit: 'ignored' });
  });

  it('refuses a user disabled in the product although the provider signs them in, and creates no session', async () => {
    const app = await start(ssoOptions());
    await app.db.updateTable('users').set({ disabled_at: new Date().toISOString() }).where('username', '=', 'staff').execute();
    const before = await counts(app);
    const { res } = await signIn(app, 'roster');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_ACCOUNT_DISABLED', message: expect.stringContaining('"staff"') });
    expect(res.cookies.find((c) => c.name === 'toolbox_session')).toBeUndefined();
    expect(await counts(app)).toEqual(before);
  });

  it('refuses an unknown unit, and an unknown user when creation is off; a browser is sent to the desktop with the code', async () => {
    let app = await start(ssoOptions());
    let before = await counts(app);
    const unknownUnit = await signIn(app, 'nowhere');
    expect(unknownUnit.res.statusCode).toBe(403);
    expect(unknownUnit.res.json()).toMatchObject({ code: 'TOOLBOX_SSO_UNIT_UNKNOWN', message: expect.stringContaining('"no-such-unit"') });
    expect(await counts(app)).toEqual(before);
    const inBrowser = await signIn(app, 'nowhere', { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(inBrowser.res.statusCode).toBe(303);
    expect(inBrowser.res.headers.location).toBe(`${PUBLIC_URL}/?ssoError=TOOLBOX_SSO_UNIT_UNKNOWN`);
    await t.close();

    app = await start(ssoOptions({ autoCreate: false }));
    before = await counts(app);
    const off = await signIn(app, 'zhang');
    expect(off.res.statusCode).toBe(403);
    expect(off.res.json()).toMatchObject({ code: 'TOOLBOX_SSO_USER_UNKNOWN', message: expect.stringContaining('"zhangwei"') });
    const nameless = await signIn(app, 'nameless');
    expect(nameless.res.json()).toMatchObject({ statusCode: 403, code: 'TOOLBOX_SSO_CLAIM_MISSING', message: expect.stringContaining('preferred_username') });
    expect(await counts(app)).toEqual(before);
    // A roster user still signs in with creation off.
    expect((await signIn(app, 'roster')).res.statusCode).toBe(303);
  });

  it('refuses a callback whose state is not this browser’s, is replayed, or whose PKCE verifier is gone', async () => {
    const app = await start(ssoOptions());
    const before = await counts(app);
    const a = await begin(app);
    const back = await signInAtProvider(a.authorizationUrl.href, 'zhang');
    const url = back.pathname + back.search;
    const expectState = async (headers: Record<string, string>, path = url) => {
      const res = await app.inject({ url: path, headers });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toEqual({ statusCode: 400, code: 'TOOLBOX_SSO_STATE_INVALID', error: 'Bad Request', message: expect.stringContaining('state') });
      expect(res.cookies.find((c) => c.name === 'toolbox_session')).toBeUndefined();
    };
    // No cookie (another browser: login CSRF), another sign-in's cookie, no state at all.
    await expectState({});
    const other = await begin(app);
    await expectState({ cookie: other.cookie });
    await expectState({ cookie: a.cookie }, '/api/auth/oidc/callback?code=x');
    // The right browser: signed in once; the same callback again is refused (the state was used).
    expect((await app.inject({ url, headers: { cookie: a.cookie } })).statusCode).toBe(303);
    await expectState({ cookie: a.cookie });

    // The PKCE verifier is gone (expired and swept, or another database): nothing to finish the exchange with.
    const c = await begin(app);
    const cBack = await signInAtProvider(c.authorizationUrl.href, 'zhang');
    await ssoDb(app.db).deleteFrom('oidc_logins').execute();
    await expectState({ cookie: c.cookie }, cBack.pathname + cBack.search);
    expect((await counts(app)).sessions).toBe(before.sessions + 1);
    expect((await counts(app)).users).toBe(before.users + 1);

    // A state and cookie that match but a verifier that does not (a tampered row): the provider refuses the code.
    const d = await begin(app);
    const dBack = await signInAtProvider(d.authorizationUrl.href, 'zhang');
    await ssoDb(app.db).updateTable('oidc_logins').set({ code_verifier: 'x'.repeat(43) }).execute();
    const tampered = await app.inject({ url: dBack.pathname + dBack.search, headers: { cookie: d.cookie } });
    expect(tampered.statusCode).toBe(401);
    expect(tampered.json().code).toBe('TOOLBOX_SSO_PROVIDER_FAILED');
    expect((await counts(app)).sessions).toBe(before.sessions + 1);
  });

  it('signs out locally and returns the provider’s end-session URL with the ID token as hint; a password session gets 204', async () => {
    const app = await start(ssoOptions());
    const { headers } = await signIn(app, 'zhang');
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: headers! });
    expect(out.statusCode).toBe(200);
    const end = new URL(out.json().endSessionUrl);
    expect(end.origin + end.pathname).toBe(`${provider.issuer}/session/end`);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/`);
    expect(end.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect((await app.inject({ url: '/api/me', headers: headers! })).statusCode).toBe(401);
    const staff = await login(app, 'staff');
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: staff.headers })).statusCode).toBe(204);
  });

  it('turns password sign-in off except for the break-glass accounts', async () => {
    const app = await start(ssoOptions({ localLogin: false, localLoginUsers: ['admin'] }));
    expect((await app.inject({ url: '/api/auth/methods' })).json()).toMatchObject({ password: false, passwordForSome: true });
    const before = await counts(app);
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'staff', password: 'toolbox' } });
    expect(res.json()).toEqual({ statusCode: 403, code: 'TOOLBOX_LOCAL_LOGIN_DISABLED', error: 'Forbidden', message: expect.stringContaining('/api/auth/oidc/login') });
    expect(await counts(app)).toEqual(before);
    const admin = await login(app, 'admin');
    expect(admin.user.username).toBe('admin');
    // dev signs in through SSO (roster match) and may not mint a token with the password that is off.
    provider.accounts.set('dev', { preferred_username: 'dev' });
    const { headers } = await signIn(app, 'dev');
    const mint = await app.inject({ method: 'POST', url: '/api/tokens', headers: headers!, payload: { name: 'cli', scope: 'read', password: 'toolbox' } });
    expect(mint.json().code).toBe('TOOLBOX_LOCAL_LOGIN_DISABLED');
  });

  it('mints a token on a fresh SSO sign-in instead of the password; later it needs a re-authentication (prompt=login)', async () => {
    const app = await start(ssoOptions());
    const { headers } = await signIn(app, 'zhang');
    const mint = (h: Record<string, string>) => app.inject({ method: 'POST', url: '/api/tokens', headers: h, payload: { name: 'cli', scope: 'publish' } });
    const fresh = await mint(headers!);
    expect(fresh.statusCode, fresh.body).toBe(201);

    // Six minutes later (the stored sign-in time moved back): the sign-in is no longer fresh.
    const sixMinutesAgo = new Date(Date.now() - 6 * 60_000).toISOString();
    await ssoDb(app.db).updateTable('sessions').set({ sso_auth_at: sixMinutesAgo }).where('auth_method', '=', 'oidc').execute();
    const before = await counts(app);
    const stale = await mint(headers!);
    expect(stale.json()).toEqual({ statusCode: 401, code: 'TOOLBOX_REAUTH_REQUIRED', error: 'Unauthorized', message: expect.stringContaining('reauth=1') });
    expect(await counts(app)).toEqual(before);

    // Re-authenticate: the provider is told to ask for the credentials again; the same session is refreshed.
    const again = await signIn(app, 'zhang', { query: '?reauth=1&returnTo=/app/admin-console', headers: headers! });
    expect(again.begun.authorizationUrl.searchParams.get('prompt')).toBe('login');
    expect(again.begun.authorizationUrl.searchParams.get('max_age')).toBe('0');
    expect(again.res.statusCode, again.res.body).toBe(303);
    expect(again.res.headers.location).toBe(`${PUBLIC_URL}/app/admin-console`);
    expect(again.headers).toBeUndefined();
    expect((await counts(app)).sessions).toBe(before.sessions);
    expect((await mint(headers!)).statusCode).toBe(201);

    // Someone else's re-authentication does not refresh this session.
    const other = await signIn(app, 'boss', { query: '?reauth=1', headers: headers! });
    expect(other.res.json().code).toBe('TOOLBOX_SSO_REAUTH_MISMATCH');

    // The password path is unchanged, and a password session cannot skip it.
    const dev = await login(app, 'dev');
    const noPassword = await mint(dev.headers);
    expect(noPassword.json().code).toBe('TOOLBOX_REAUTH_REQUIRED');
    const withPassword = await app.inject({ method: 'POST', url: '/api/tokens', headers: dev.headers, payload: { name: 'cli', scope: 'read', password: 'toolbox' } });
    expect(withPassword.statusCode).toBe(201);
  });

  it('answers 404 TOOLBOX_SSO_NOT_CONFIGURED without SSO, and the methods say password only', async () => {
    const app = await start({});
    expect((await app.inject({ url: '/api/auth/methods' })).json()).toEqual({ password: true, passwordForSome: false, sso: null });
    for (const url of ['/api/auth/oidc/login', '/api/auth/oidc/callback?state=x&code=y']) {
      const res = await app.inject({ url });
      expect(res.json()).toMatchObject({ statusCode: 404, code: 'TOOLBOX_SSO_NOT_CONFIGURED' });
    }
  });
});

describe('single sign-on settings', () => {
  const attempt = (sso: SsoOptions) => buildApp({ db: ':memory:', dataDir: '/tmp/toolbox-sso-settings', sso });
  it.each([
    [{ issuer: 'https://idp.example', clientId: 'x', publicUrl: 'https://toolbox.example', roleMap: 'toolbox-admin:root' }, 'TOOLBOX_OIDC_ROLE_MAP'],
    [{ issuer: 'http://idp.example', clientId: 'x', publicUrl: 'https://toolbox.example' }, 'https://'],
    [{ issuer: 'https://idp.example', publicUrl: 'https://toolbox.example' }, 'TOOLBOX_OIDC_CLIENT_ID'],
    [{ issuer: 'https://idp.example', clientId: 'x' }, 'TOOLBOX_PUBLIC_URL'],
    [{ localLogin: false }, 'TOOLBOX_LOCAL_LOGIN=0'],
  ] as [SsoOptions, string][])('refuses to start with %j', async (sso, named) => {
    const error = await attempt(sso).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain(named);
  });
});
