import { describe, expect, it } from 'vitest';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { testEngines } from '../helpers/engines.ts';
import { bearer, login, type Session } from '../helpers/login.ts';
import { NEW_PASSWORD, auditRows, createAndSignIn, orgState } from './orgHelpers.ts';

interface User {
  id: string;
  username: string;
  name: string;
  phone: string | null;
  role: string;
  unit: { id: string; path: string[] };
  adminOf: { id: string } | null;
  disabled: boolean;
  mustChangePassword: boolean;
}

describe.each(testEngines)('users: add, edit, move, role, disable, reset; delegated admins (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [admin] = signedInPerTest(t, 'admin');

  const post = (s: Session, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/users', headers: s.headers, payload });
  const patch = (s: Session, id: string, payload: Record<string, unknown>) => t.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: s.headers, payload });
  const list = async (s: Session, query = '') => t.app.inject({ url: `/api/users${query}`, headers: s.headers });
  const idOf = async (username: string) => (await t.app.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const signIn = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('adds a user with a temporary password that opens nothing but the change of password', async () => {
    const res = await post(admin, { username: 'wang.li', name: '王丽', phone: '１３８ ０００１ ２３４５', unitId: 'huayanglu-02', role: 'staff' });
    expect(res.statusCode, res.body).toBe(201);
    const { user, temporaryPassword } = res.json<{ user: User; temporaryPassword: string }>();
    expect(user).toMatchObject({ username: 'wang.li', name: '王丽', phone: '13800012345', role: 'staff', unit: { id: 'huayanglu-02', path: ['长宁区', '华阳路街道', '姚家角居委会'] }, mustChangePassword: true, disabled: false });
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const stored = await t.app.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(stored.password_hash).not.toContain(temporaryPassword);

    const first = await signIn('wang.li', temporaryPassword);
    expect(first.json().user).toMatchObject({ mustChangePassword: true });
    const cookie = { cookie: `toolbox_session=${first.cookies.find((c) => c.name === 'toolbox_session')!.value}` };
    expect((await t.app.inject({ url: '/api/me', headers: cookie })).json().user.mustChangePassword).toBe(true);
    const blocked = await t.app.inject({ url: '/api/catalog', headers: cookie });
    expect(blocked.json()).toMatchObject({ statusCode: 403, code: 'TOOLBOX_PASSWORD_CHANGE_REQUIRED' });
    const weak = await t.app.inject({ method: 'PUT', url: '/api/me/password', headers: cookie, payload: { currentPassword: temporaryPassword, newPassword: 'short' } });
    expect(weak.json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_PASSWORD_WEAK', message: expect.stringContaining('newPassword') });
    const wrong = await t.app.inject({ method: 'PUT', url: '/api/me/password', headers: cookie, payload: { currentPassword: 'not-it-at-all', newPassword: NEW_PASSWORD } });
    expect(wrong.json().code).toBe('TOOLBOX_PASSWORD_WRONG');
    const ok = await t.app.inject({ method: 'PUT', url: '/api/me/password', headers: cookie, payload: { currentPassword: temporaryPassword, newPassword: NEW_PASSWORD } });
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/catalog', headers: cookie })).statusCode).toBe(200);
    expect((await signIn('wang.li', temporaryPassword)).statusCode).toBe(401);
    expect((await auditRows(t.app)).map((r) => r.action)).toEqual(['user.create', 'user.password']);
  });

  it('edits, moves, changes the role of, disables and enables a user: one audit row each', async () => {
    const staff = await idOf('staff');
    expect((await patch(admin, staff, { name: '王芳芳', phone: '021-62345678' })).json()).toMatchObject({ user: { name: '王芳芳', phone: '021-62345678' }, changes: ['user.update'] });
    expect((await patch(admin, staff, { unitId: 'jiangsulu-01' })).json()).toMatchObject({ user: { unit: { id: 'jiangsulu-01' } }, changes: ['user.move'] });
    expect((await patch(admin, staff, { role: 'developer' })).json().changes).toEqual(['user.role']);
    expect((await patch(admin, staff, { role: 'reviewer' })).json().changes).toEqual(['user.role']);
    expect((await patch(admin, staff, { adminOf: 'jiangsulu' })).json()).toMatchObject({ user: { adminOf: { id: 'jiangsulu' } }, changes: ['user.admin-of'] });
    expect((await patch(admin, staff, { disabled: true })).json()).toMatchObject({ user: { disabled: true }, changes: ['user.disable'] });
    expect((await patch(admin, staff, { disabled: false })).json().changes).toEqual(['user.enable']);
    expect((await patch(admin, staff, { name: '王芳芳' })).json().changes).toEqual([]);
    const rows = await auditRows(t.app);
    expect(rows.map((r) => r.action)).toEqual(['user.update', 'user.move', 'user.role', 'user.role', 'user.admin-of', 'user.disable', 'user.enable']);
    expect(JSON.parse(rows[1]!.details!)).toMatchObject({ username: 'staff', from: 'huayanglu-01', to: 'jiangsulu-01' });
    expect(rows[5]).toMatchObject({ from_status: 'active', to_status: 'disabled', actor_username: 'admin' });

    const before = await orgState(t.app);
    expect((await patch(admin, staff, { phone: '12345' })).json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_VALIDATION_FAILED', message: expect.stringContaining('phone') });
    expect((await patch(admin, staff, { unitId: 'nowhere' })).json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_UNIT_NOT_FOUND' });
    expect((await patch(admin, staff, { role: 'superuser' })).statusCode).toBe(400);
    expect((await patch(admin, 'no-such-user', { name: 'x' })).json()).toMatchObject({ statusCode: 404, code: 'TOOLBOX_USER_NOT_FOUND' });
    expect((await post(admin, { username: 'STAFF', name: 'x', unitId: 'huayanglu-01', role: 'staff' })).json()).toMatchObject({ statusCode: 409, code: 'TOOLBOX_USER_EXISTS' });
    // An admin does not lock themselves out.
    const self = await idOf('admin');
    expect((await patch(admin, self, { disabled: true })).statusCode).toBe(403);
    expect((await patch(admin, self, { role: 'staff' })).statusCode).toBe(403);
    // No user is ever deleted.
    expect((await t.app.inject({ method: 'DELETE', url: `/api/users/${staff}`, headers: admin.headers })).statusCode).toBe(404);
    expect(await orgState(t.app)).toBe(before);
  });

  it('disabling ends the sessions and refuses the password and every token; enabling lets them back', async () => {
    const dev = await login(t.app, 'dev');
    const token = await bearer(t.app, dev, 'ci', { scope: 'read' });
    expect((await t.app.inject({ url: '/api/me', headers: token })).statusCode).toBe(200);
    const devId = await idOf('dev');
    const res = await patch(admin, devId, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(JSON.parse((await auditRows(t.app, 'user.disable'))[0]!.details!)).toMatchObject({ sessionsEnded: 1 });
    expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', devId).execute()).toEqual([]);
    expect((await t.app.inject({ url: '/api/me', headers: dev.headers })).json().code).toBe('TOOLBOX_UNAUTHENTICATED');
    expect((await t.app.inject({ url: '/api/me', headers: token })).json()).toMatchObject({ statusCode: 401, code: 'TOOLBOX_ACCOUNT_DISABLED' });
    expect((await signIn('dev', 'toolbox')).json()).toMatchObject({ statusCode: 401, code: 'TOOLBOX_ACCOUNT_DISABLED' });
    // A wrong password still says only that: a disabled account is not revealed to a guess.
    expect((await signIn('dev', 'wrong-password')).json().code).toBe('TOOLBOX_LOGIN_FAILED');
    await patch(admin, devId, { disabled: false });
    expect((await signIn('dev', 'toolbox')).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/me', headers: token })).statusCode).toBe(200);
  });

  it('a password reset gives a temporary password once, ends the sessions and forces a change', async () => {
    const staff = await login(t.app, 'staff');
    const id = staff.user.id;
    const reset = await t.app.inject({ method: 'POST', url: `/api/users/${id}/password-reset`, headers: admin.headers });
    expect(reset.statusCode).toBe(200);
    const temporary = reset.json<{ temporaryPassword: string }>().temporaryPassword;
    expect((await t.app.inject({ url: '/api/me', headers: staff.headers })).statusCode).toBe(401);
    expect((await signIn('staff', 'toolbox')).statusCode).toBe(401);
    const again = await signIn('staff', temporary);
    expect(again.json().user.mustChangePassword).toBe(true);
    expect((await auditRows(t.app, 'user.password-reset')).map((r) => JSON.parse(r.details!))).toEqual([{ userId: id, username: 'staff', sessionsEnded: 1, tokensRevoked: 0 }]);
    const other = await login(t.app, 'staff2');
    expect((await t.app.inject({ method: 'POST', url: `/api/users/${id}/password-reset`, headers: other.headers })).statusCode).toBe(403);
  });

  it('a new password, by a reset or by the user, revokes every token minted with the old one', async () => {
    const dev = await login(t.app, 'dev');
    const devId = dev.user.id;
    const publish = await bearer(t.app, dev, 'ci');
    const read = await bearer(t.app, dev, 'reader', { scope: 'read' });
    const reset = await t.app.inject({ method: 'POST', url: `/api/users/${devId}/password-reset`, headers: admin.headers });
    expect(reset.statusCode).toBe(200);
    for (const token of [publish, read]) expect((await t.app.inject({ url: '/api/me', headers: token })).json()).toMatchObject({ statusCode: 401, code: 'TOOLBOX_UNAUTHENTICATED' });
    expect(JSON.parse((await auditRows(t.app, 'user.password-reset'))[0]!.details!)).toMatchObject({ sessionsEnded: 1, tokensRevoked: 2 });

    // After the change, dev mints a token; changing the password again (say, after a leak) revokes it too.
    const temporary = reset.json<{ temporaryPassword: string }>().temporaryPassword;
    const first = await login(t.app, 'dev', temporary);
    const changed = await t.app.inject({ method: 'PUT', url: '/api/me/password', headers: first.headers, payload: { currentPassword: temporary, newPassword: NEW_PASSWORD } });
    expect(changed.json()).toEqual({ ok: true, otherSessionsEnded: 0, tokensRevoked: 0 });
    const later = await bearer(t.app, first, 'ci again', { password: NEW_PASSWORD });
    expect((await t.app.inject({ url: '/api/me', headers: later })).statusCode).toBe(200);
    // A token, like a session, buys nothing but GET /api/me while a change of password is pending.
    await t.app.db.updateTable('users').set({ must_change_password: 1 }).where('id', '=', devId).execute();
    expect((await t.app.inject({ url: '/api/apps', headers: later })).json()).toMatchObject({ statusCode: 403, code: 'TOOLBOX_PASSWORD_CHANGE_REQUIRED' });
    await t.app.db.updateTable('users').set({ must_change_password: 0 }).where('id', '=', devId).execute();
    const again = await t.app.inject({ method: 'PUT', url: '/api/me/password', headers: first.headers, payload: { currentPassword: NEW_PASSWORD, newPassword: `${NEW_PASSWORD}-2` } });
    expect(again.json()).toEqual({ ok: true, otherSessionsEnded: 0, tokensRevoked: 1 });
    expect((await t.app.inject({ url: '/api/me', headers: later })).statusCode).toBe(401);
    expect((await auditRows(t.app, 'user.password')).map((r) => JSON.parse(r.details!).tokensRevoked)).toEqual([0, 1]);
  });

  it("a street's 管理员 manages the staff of their street; everything else is 403 and changes nothing", async () => {
    const { session: hy, id: hyId } = await createAndSignIn(t.app, admin, { username: 'hy-admin', name: '华阳管理员', unitId: 'huayanglu', role: 'staff', adminOf: 'huayanglu' });
    const auditStart = (await auditRows(t.app)).length;
    const staff = await idOf('staff');
    const added = await post(hy, { username: 'hy-new', name: '新人', unitId: 'huayanglu-03', role: 'staff' });
    expect(added.statusCode, added.body).toBe(201);
    const newId = added.json<{ user: User }>().user.id;
    expect((await patch(hy, staff, { unitId: 'huayanglu-02', name: '王芳' })).json().changes).toEqual(['user.move']);
    expect((await patch(hy, newId, { disabled: true })).statusCode).toBe(200);
    expect((await patch(hy, newId, { disabled: false })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/api/users/${staff}/password-reset`, headers: hy.headers })).statusCode).toBe(200);
    expect((await auditRows(t.app)).slice(auditStart).map((r) => [r.action, r.actor_username])).toEqual([
      ['user.create', 'hy-admin'], ['user.move', 'hy-admin'], ['user.disable', 'hy-admin'], ['user.enable', 'hy-admin'], ['user.password-reset', 'hy-admin'],
    ]);
    const listed = (await (await list(hy, '?unit=huayanglu&subunits=1')).json()) as { items: User[]; total: number };
    expect(listed.items.map((u) => u.username).sort()).toEqual(['hy-admin', 'hy-new', 'staff']);
    expect(((await (await list(hy)).json()) as { total: number }).total).toBe(3);

    const before = await orgState(t.app);
    const staff2 = await idOf('staff2');
    const forbidden = [
      await patch(hy, staff2, { name: '赵' }),
      await t.app.inject({ method: 'POST', url: `/api/users/${staff2}/password-reset`, headers: hy.headers }),
      await patch(hy, staff, { unitId: 'jiangsulu-01' }),
      await patch(hy, staff, { role: 'admin' }),
      await patch(hy, staff, { role: 'developer' }),
      await patch(hy, staff, { adminOf: 'changning' }),
      await post(hy, { username: 'boss', name: '区管理员', unitId: 'huayanglu-01', role: 'admin' }),
      await post(hy, { username: 'far', name: '远', unitId: 'xinjingzhen-01', role: 'staff' }),
      await patch(hy, await idOf('dev'), { name: 'x' }),
      await patch(hy, hyId, { adminOf: 'changning' }),
      await list(hy, '?unit=jiangsulu'),
    ];
    for (const res of forbidden) expect(res.json(), res.body).toMatchObject({ statusCode: 403, code: 'TOOLBOX_FORBIDDEN' });
    expect(forbidden[3]!.json().message).toContain('admin');
    expect(await orgState(t.app)).toBe(before);
    // Staff without a unit to administer manage nobody.
    const plain = await login(t.app, 'staff2');
    expect((await list(plain)).statusCode).toBe(403);
    expect((await post(plain, { username: 'x1', name: 'x', unitId: 'xinjingzhen-01', role: 'staff' })).statusCode).toBe(403);
  });

  it("a committee's 管理员 cannot manage a colleague who administers the whole street (no takeover by a password reset)", async () => {
    const { session: committee } = await createAndSignIn(t.app, admin, { username: 'hy1-admin', name: '华阳一居管理员', unitId: 'huayanglu-01', role: 'staff', adminOf: 'huayanglu-01' });
    const street = await post(admin, { username: 'hy-street', name: '街道管理员', unitId: 'huayanglu-01', role: 'staff', adminOf: 'huayanglu' });
    const streetId = street.json<{ user: User }>().user.id;
    const before = await orgState(t.app);
    const refused = [
      await t.app.inject({ method: 'POST', url: `/api/users/${streetId}/password-reset`, headers: committee.headers }),
      await patch(committee, streetId, { adminOf: null }),
      await patch(committee, streetId, { disabled: true }),
      await patch(committee, streetId, { name: '改' }),
    ];
    for (const res of refused) expect(res.json(), res.body).toMatchObject({ statusCode: 403, code: 'TOOLBOX_FORBIDDEN', message: expect.stringContaining('administers 长宁区 / 华阳路街道') });
    expect(await orgState(t.app)).toBe(before);
    // A colleague who administers the committee itself, or plain staff there, stays theirs to manage; the street's
    // administrator stays the district admin's.
    const peer = await post(committee, { username: 'hy1-deputy', name: '副管理员', unitId: 'huayanglu-01', role: 'staff', adminOf: 'huayanglu-01' });
    expect(peer.statusCode, peer.body).toBe(201);
    const peerId = peer.json<{ user: User }>().user.id;
    expect((await t.app.inject({ method: 'POST', url: `/api/users/${peerId}/password-reset`, headers: committee.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/api/users/${await idOf('staff')}/password-reset`, headers: committee.headers })).statusCode).toBe(200);
    expect((await patch(admin, streetId, { name: '街道管理员（新）' })).json().changes).toEqual(['user.update']);
  });

  it('lists users by unit, subunits and text; disabled ones on request', async () => {
    const res = await list(admin, '?unit=huayanglu&subunits=1');
    expect(res.json().items.map((u: User) => u.username).sort()).toEqual(['maker', 'staff']);
    expect((await list(admin, '?unit=huayanglu')).json().total).toBe(0);
    expect((await list(admin, '?q=%E7%8E%8B')).json().items.map((u: User) => u.username)).toEqual(['staff']);
    expect((await list(admin, '?q=%25')).json().total).toBe(0);
    await patch(admin, await idOf('staff2'), { disabled: true });
    expect((await list(admin)).json().items.map((u: User) => u.username)).not.toContain('staff2');
    expect((await list(admin, '?includeDisabled=1')).json().items.map((u: User) => u.username)).toContain('staff2');
    expect((await list(admin, '?unit=nowhere')).statusCode).toBe(400);
  });

  it('lists users of some roles only (the console’s choice of a maintainer), and refuses a role that does not exist', async () => {
    const names = async (query: string) => (await list(admin, query)).json().items.map((u: User) => u.username);
    expect(await names('?roles=maker,developer,admin')).toEqual(['admin', 'dev', 'maker']);
    expect(await names('?roles=maker&q=%E5%AD%99')).toEqual(['maker']);
    const bad = await list(admin, '?roles=maker,boss');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'TOOLBOX_VALIDATION_FAILED' });
    expect(bad.json().message).toContain('roles');
  });

  it('a user changes their own name; the change is audited and GET /api/me keeps its fields', async () => {
    const staff = await login(t.app, 'staff');
    const res = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: staff.headers, payload: { name: '王芳（华阳）' } });
    expect(res.json().user).toMatchObject({ name: '王芳（华阳）', username: 'staff', role: 'staff', unit: { id: 'huayanglu-01', name: '华阳居委会', path: ['长宁区', '华阳路街道', '华阳居委会'] } });
    const me = (await t.app.inject({ url: '/api/me', headers: staff.headers })).json().user;
    expect(Object.keys(me).sort()).toEqual(['adminOf', 'id', 'mustChangePassword', 'name', 'role', 'unit', 'username']);
    expect(me.name).toBe('王芳（华阳）');
    expect((await t.app.inject({ method: 'PATCH', url: '/api/me', headers: staff.headers, payload: { name: '   ' } })).statusCode).toBe(400);
    // Only the name is theirs to change: anything else in the body is dropped, never applied.
    const sneaky = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: staff.headers, payload: { role: 'admin', adminOf: 'changning', name: '王芳' } });
    expect(sneaky.json().user).toMatchObject({ role: 'staff', adminOf: null, name: '王芳' });
    expect(await t.app.db.selectFrom('users').select(['role', 'admin_of']).where('username', '=', 'staff').executeTakeFirstOrThrow()).toEqual({ role: 'staff', admin_of: null });
    expect((await auditRows(t.app, 'user.update')).length).toBe(2);
  });
});
