import { describe, expect, it } from 'vitest';
import { appPerTest } from '../helpers/appPerTest.ts';
import { testEngines } from '../helpers/engines.ts';
import type { Session } from '../helpers/login.ts';
import type { SessionItem as Item } from '../../src/sessions/sessionStore.ts';
import { auditRows } from './orgHelpers.ts';

const HOUR = 3600 * 1000;

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

describe.each(testEngines)('sessions: list, end, lifetimes (%s)', (engine) => {
  const t = appPerTest({ engine, sessionSettings: { idleHours: 8, absoluteDays: 7 } });

  async function signIn(username: string, userAgent: string): Promise<Session> {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'user-agent': userAgent }, payload: { username, password: 'toolbox' } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'toolbox_session')!;
    return { headers: { cookie: `toolbox_session=${cookie.value}` }, user: res.json().user };
  }
  const sessions = async (s: Session) => {
    const res = await t.app.inject({ url: '/api/me/sessions', headers: s.headers });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Item[] }>().items;
  };
  const me = (s: Session) => t.app.inject({ url: '/api/me', headers: s.headers });

  it('lists my sessions with a public id, when, which browser and the current one; never the token', async () => {
    const office = await signIn('staff', CHROME);
    t.clock.set(new Date(t.clock.now().getTime() + 5 * 60 * 1000).toISOString());
    const laptop = await signIn('staff', FIREFOX);
    await signIn('staff2', CHROME);
    const items = await sessions(laptop);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ userAgent: 'Firefox 128 · Linux', current: true, address: '127.0.0.1' });
    expect(items[1]).toMatchObject({ userAgent: 'Chrome 126 · Windows', current: false });
    expect(Date.parse(items[0]!.expiresAt) - t.clock.now().getTime()).toBe(8 * HOUR);
    const raw = JSON.stringify(items);
    const tokens = await t.app.db.selectFrom('sessions').select('token_hash').execute();
    for (const { token_hash } of tokens) expect(raw).not.toContain(token_hash);
    expect(raw).not.toContain(office.headers.cookie.split('=')[1]);
    expect((await sessions(office)).find((s) => s.current)?.userAgent).toBe('Chrome 126 · Windows');
  });

  it('ends one session, or all the others; another user’s session id is not found', async () => {
    const a = await signIn('staff', CHROME);
    const b = await signIn('staff', FIREFOX);
    const c = await signIn('staff', CHROME);
    const other = await signIn('staff2', CHROME);
    const bId = (await sessions(b)).find((s) => s.current)!.id;
    const otherId = (await sessions(other))[0]!.id;

    const end = await t.app.inject({ method: 'DELETE', url: `/api/me/sessions/${bId}`, headers: a.headers });
    expect(end.statusCode).toBe(204);
    expect((await me(b)).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/me/sessions/${otherId}`, headers: a.headers })).json()).toMatchObject({ statusCode: 404, code: 'TOOLBOX_SESSION_NOT_FOUND' });
    expect((await me(other)).statusCode).toBe(200);

    const all = await t.app.inject({ method: 'DELETE', url: '/api/me/sessions', headers: a.headers });
    expect(all.json()).toEqual({ ended: 1 });
    expect((await me(c)).statusCode).toBe(401);
    expect((await me(a)).statusCode).toBe(200);
    expect((await sessions(a)).map((s) => s.current)).toEqual([true]);
    // Ending the current one signs out here.
    const aId = (await sessions(a))[0]!.id;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/me/sessions/${aId}`, headers: a.headers })).statusCode).toBe(204);
    expect((await me(a)).statusCode).toBe(401);
  });

  it('ends a session after the idle lifetime without requests, and after the absolute one in any case', async () => {
    const idle = await signIn('staff', CHROME);
    const busy = await signIn('staff2', CHROME);
    for (let hour = 1; hour <= 9; hour++) {
      t.clock.set(new Date(t.clock.now().getTime() + HOUR).toISOString());
      expect((await me(busy)).statusCode).toBe(200);
    }
    expect((await me(idle)).statusCode).toBe(401);
    // Requests every 7 hours keep it alive until 7 days after sign-in, and not a minute longer.
    const start = Date.parse((await sessions(busy))[0]!.createdAt);
    while (t.clock.now().getTime() + 7 * HOUR < start + 7 * 24 * HOUR) {
      t.clock.set(new Date(t.clock.now().getTime() + 7 * HOUR).toISOString());
      expect((await me(busy)).statusCode).toBe(200);
    }
    t.clock.set(new Date(start + 7 * 24 * HOUR).toISOString());
    expect((await me(busy)).statusCode).toBe(401);
  });

  it('admins change the lifetimes (audited; bounded), and sessions follow them at their next request', async () => {
    const admin = await signIn('admin', CHROME);
    const staff = await signIn('staff', CHROME);
    expect((await t.app.inject({ url: '/api/settings/sessions', headers: admin.headers })).json()).toEqual({ idleHours: 8, absoluteDays: 7 });
    const put = (s: Session, payload: Record<string, unknown>) => t.app.inject({ method: 'PUT', url: '/api/settings/sessions', headers: s.headers, payload });
    expect((await put(staff, { idleHours: 2 })).statusCode).toBe(403);
    expect((await put(admin, { idleHours: 0 })).json()).toMatchObject({ statusCode: 400, message: expect.stringContaining('idleHours') });
    expect((await put(admin, { idleHours: 48, absoluteDays: 1 })).json()).toMatchObject({ statusCode: 400, message: expect.stringContaining('absoluteDays') });
    expect((await auditRows(t.app, 'settings.sessions')).length).toBe(0);
    expect((await put(admin, { idleHours: 2, reason: '等保要求' })).json()).toEqual({ idleHours: 2, absoluteDays: 7 });
    const [row] = await auditRows(t.app, 'settings.sessions');
    expect(row).toMatchObject({ actor_username: 'admin', reason: '等保要求' });
    t.clock.set(new Date(t.clock.now().getTime() + 90 * 1000).toISOString());
    expect((await me(staff)).statusCode).toBe(200);
    t.clock.set(new Date(t.clock.now().getTime() + 2 * HOUR + 1000).toISOString());
    expect((await me(staff)).statusCode).toBe(401);
  });

  it('a session keeps working for a user moved to another unit, who then sees the new unit path', async () => {
    const admin = await signIn('admin', CHROME);
    const staff = await signIn('staff', CHROME);
    const moved = await t.app.inject({ method: 'PATCH', url: `/api/users/${staff.user.id}`, headers: admin.headers, payload: { unitId: 'xinjingzhen-02' } });
    expect(moved.statusCode).toBe(200);
    expect((await me(staff)).json().user.unit).toEqual({ id: 'xinjingzhen-02', name: '北翟居委会', path: ['长宁区', '新泾镇', '北翟居委会'] });
  });
});
