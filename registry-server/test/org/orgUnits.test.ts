import { describe, expect, it } from 'vitest';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { auditRows, createAndSignIn, orgState } from './orgHelpers.ts';

interface Unit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  disabled: boolean;
  path: string[];
}

describe.each(testEngines)('org units: add, rename, move, kind, disable, delete (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [admin] = signedInPerTest(t, 'admin');

  const units = async (s: Session) => (await t.app.inject({ url: '/api/org/units', headers: s.headers })).json<{ items: Unit[] }>().items;
  const post = (s: Session, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/org/units', headers: s.headers, payload });
  const patch = (s: Session, id: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PATCH', url: `/api/org/units/${id}`, headers: s.headers, payload });
  const del = (s: Session, id: string) => t.app.inject({ method: 'DELETE', url: `/api/org/units/${id}`, headers: s.headers });

  it('an admin adds, renames, moves, re-kinds, disables and enables a unit, each audited once', async () => {
    const created = await post(admin, { name: ' 新华阳 居委会 ', kind: 'committee', parentId: 'huayanglu' });
    expect(created.statusCode, created.body).toBe(201);
    const unit = created.json<{ unit: Unit }>().unit;
    expect(unit).toMatchObject({ name: '新华阳 居委会', kind: 'committee', parentId: 'huayanglu', disabled: false, path: ['长宁区', '华阳路街道', '新华阳 居委会'] });
    expect((await auditRows(t.app, 'unit.create')).map((r) => JSON.parse(r.details!).unitId)).toEqual([unit.id]);

    const renamed = await patch(admin, unit.id, { name: '华阳新村居委会' });
    expect(renamed.json()).toMatchObject({ unit: { name: '华阳新村居委会' }, changes: ['unit.rename'] });
    expect(await t.app.db.selectFrom('org_unit_names').selectAll().execute()).toEqual([
      { unit_id: unit.id, name: '新华阳 居委会', until: t.clock.now().toISOString() },
    ]);
    const moved = await patch(admin, unit.id, { parentId: 'jiangsulu' });
    expect(moved.json()).toMatchObject({ unit: { parentId: 'jiangsulu', path: ['长宁区', '江苏路街道', '华阳新村居委会'] }, changes: ['unit.move'] });
    expect((await patch(admin, unit.id, { kind: 'department' })).json().changes).toEqual(['unit.kind']);
    expect((await patch(admin, unit.id, { disabled: true })).json()).toMatchObject({ unit: { disabled: true }, changes: ['unit.disable'] });
    expect((await units(admin)).find((u) => u.id === unit.id)?.disabled).toBe(true);
    expect((await patch(admin, unit.id, { disabled: false })).json().changes).toEqual(['unit.enable']);
    // Several changes at once: one row each.
    expect((await patch(admin, unit.id, { name: '江苏新村', parentId: 'huayanglu' })).json().changes).toEqual(['unit.rename', 'unit.move']);

    const rows = await auditRows(t.app);
    expect(rows.map((r) => r.action)).toEqual(['unit.create', 'unit.rename', 'unit.move', 'unit.kind', 'unit.disable', 'unit.enable', 'unit.rename', 'unit.move']);
    expect(rows.every((r) => r.actor_username === 'admin')).toBe(true);
    expect(JSON.parse(rows[2]!.details!)).toMatchObject({ from: 'huayanglu', to: 'jiangsulu' });
    expect(rows[4]).toMatchObject({ from_status: 'active', to_status: 'disabled' });
    // A town is a kind of its own; only the district has no parent.
    expect((await post(admin, { name: '测试镇', kind: 'town', parentId: 'changning' })).statusCode).toBe(201);
    expect((await post(admin, { name: '第二个区', kind: 'district', parentId: null })).statusCode).toBe(409);
    expect((await post(admin, { name: '孤儿', kind: 'committee', parentId: null })).json()).toMatchObject({ statusCode: 400, message: expect.stringContaining('parentId') });
  });

  it('refuses a cycle, a duplicate sibling, a disabled parent and an unknown unit, changing nothing', async () => {
    const before = await orgState(t.app);
    const cycle = await patch(admin, 'huayanglu', { parentId: 'huayanglu-01' });
    expect(cycle.json()).toMatchObject({ statusCode: 409, code: 'TOOLBOX_UNIT_CYCLE', message: expect.stringContaining('parentId') });
    expect((await patch(admin, 'huayanglu', { parentId: 'huayanglu' })).json().code).toBe('TOOLBOX_UNIT_CYCLE');
    expect((await post(admin, { name: '华阳居委会', kind: 'committee', parentId: 'huayanglu' })).json()).toMatchObject({ statusCode: 409, code: 'TOOLBOX_UNIT_EXISTS' });
    expect((await patch(admin, 'huayanglu-02', { name: '华阳居委会' })).json().code).toBe('TOOLBOX_UNIT_EXISTS');
    expect((await post(admin, { name: 'x', kind: 'committee', parentId: 'nowhere' })).json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_UNIT_NOT_FOUND' });
    expect((await patch(admin, 'nowhere', { name: 'x' })).json()).toMatchObject({ statusCode: 404, code: 'TOOLBOX_UNIT_NOT_FOUND' });
    expect((await patch(admin, 'huayanglu-02', { kind: 'village' })).statusCode).toBe(400);
    expect((await patch(admin, 'huayanglu-02', {})).statusCode).toBe(400);
    // A unit with active users is not disabled; neither is one with active children.
    expect((await patch(admin, 'huayanglu-01', { disabled: true })).json()).toMatchObject({ statusCode: 409, code: 'TOOLBOX_UNIT_NOT_EMPTY', message: expect.stringContaining('2 active user') }); // staff and maker
    expect((await patch(admin, 'huayanglu', { disabled: true })).json().code).toBe('TOOLBOX_UNIT_NOT_EMPTY');
    expect(await orgState(t.app)).toBe(before);

    expect((await patch(admin, 'huayanglu-04', { disabled: true })).statusCode).toBe(200);
    const underDisabled = await post(admin, { name: '新', kind: 'committee', parentId: 'huayanglu-04' });
    expect(underDisabled.json()).toMatchObject({ statusCode: 409, code: 'TOOLBOX_UNIT_DISABLED' });
    expect((await patch(admin, 'huayanglu-03', { parentId: 'huayanglu-04' })).json().code).toBe('TOOLBOX_UNIT_DISABLED');
  });

  it('deletes only a unit that nothing names: one with users is 409 TOOLBOX_UNIT_IN_USE and nothing changes', async () => {
    const before = await orgState(t.app);
    const inUse = await del(admin, 'huayanglu-01');
    expect(inUse.json()).toMatchObject({ statusCode: 409, code: 'TOOLBOX_UNIT_IN_USE', message: expect.stringContaining('2 user(s)') }); // staff and maker
    expect((await del(admin, 'huayanglu')).json().message).toContain('child unit');
    // The operations centre owns the example apps? Not in this bare test database, but it holds users.
    expect((await del(admin, 'ops-centre')).statusCode).toBe(409);
    expect(await orgState(t.app)).toBe(before);

    const mistake = (await post(admin, { name: '误建', kind: 'committee', parentId: 'jiangsulu' })).json<{ unit: Unit }>().unit;
    expect((await del(admin, mistake.id)).statusCode).toBe(204);
    expect((await units(admin)).some((u) => u.id === mistake.id)).toBe(false);
    const [row] = await auditRows(t.app, 'unit.delete');
    expect(JSON.parse(row!.details!)).toMatchObject({ unitId: mistake.id, name: '误建' });
    expect((await del(admin, mistake.id)).statusCode).toBe(404);
  });

  it('refuses staff, developers and reviewers (403) and anonymous callers (401)', async () => {
    const before = await orgState(t.app);
    for (const name of ['staff', 'dev', 'reviewer']) {
      const s = await login(t.app, name);
      expect((await post(s, { name: 'x', kind: 'committee', parentId: 'huayanglu' })).json()).toMatchObject({ statusCode: 403, code: 'TOOLBOX_FORBIDDEN' });
      expect((await patch(s, 'huayanglu-02', { name: 'x' })).statusCode).toBe(403);
      expect((await del(s, 'huayanglu-02')).statusCode).toBe(403);
      // Reading the tree stays open to everyone signed in (the CLI and visibility pickers use it).
      expect((await units(s)).length).toBeGreaterThan(40);
    }
    expect((await t.app.inject({ method: 'PATCH', url: '/api/org/units/huayanglu-02', payload: { name: 'x' } })).statusCode).toBe(401);
    const after = JSON.parse(await orgState(t.app));
    expect(after.audit).toBe(JSON.parse(before).audit);
    expect(after.units).toEqual(JSON.parse(before).units);
  });

  it("a street's 管理员 manages the units below their street and nothing else", async () => {
    const { session: hy } = await createAndSignIn(t.app, admin, { username: 'hy-admin', name: '华阳管理员', unitId: 'huayanglu', role: 'staff', adminOf: 'huayanglu' });
    const me = (await t.app.inject({ url: '/api/me', headers: hy.headers })).json();
    expect(me.user).toMatchObject({ role: 'staff', adminOf: { id: 'huayanglu', path: ['长宁区', '华阳路街道'] }, mustChangePassword: false });
    const auditBefore = (await auditRows(t.app)).length;

    const added = await post(hy, { name: '华阳新居委会', kind: 'committee', parentId: 'huayanglu' });
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json<{ unit: Unit }>().unit.id;
    expect((await patch(hy, id, { name: '华阳二居委会' })).statusCode).toBe(200);
    expect((await patch(hy, 'huayanglu-02', { parentId: 'huayanglu-01' })).statusCode).toBe(200);
    expect((await patch(hy, 'huayanglu-02', { parentId: 'huayanglu' })).statusCode).toBe(200);
    expect((await patch(hy, id, { disabled: true })).statusCode).toBe(200);
    expect((await auditRows(t.app)).slice(auditBefore).map((r) => [r.action, r.actor_username])).toEqual([
      ['unit.create', 'hy-admin'], ['unit.rename', 'hy-admin'], ['unit.move', 'hy-admin'], ['unit.move', 'hy-admin'], ['unit.disable', 'hy-admin'],
    ]);

    const before = await orgState(t.app);
    const other = await patch(hy, 'jiangsulu-01', { name: '我的' });
    expect(other.json()).toMatchObject({ statusCode: 403, code: 'TOOLBOX_FORBIDDEN', message: expect.stringContaining('outside') });
    expect((await post(hy, { name: 'x', kind: 'committee', parentId: 'jiangsulu' })).statusCode).toBe(403);
    expect((await patch(hy, 'huayanglu-03', { parentId: 'jiangsulu' })).statusCode).toBe(403);
    expect((await del(hy, 'jiangsulu-04')).statusCode).toBe(403);
    // Their own street is the district's to rename, move or disable; streets and districts are not theirs to add.
    expect((await patch(hy, 'huayanglu', { name: '华阳' })).json().message).toContain('the unit you administer');
    expect((await post(hy, { name: '新街道', kind: 'street', parentId: 'huayanglu' })).statusCode).toBe(403);
    expect((await patch(hy, 'huayanglu-03', { kind: 'street' })).statusCode).toBe(403);
    expect(await orgState(t.app)).toBe(before);

    const manageable = (await t.app.inject({ url: '/api/org/units?manageable=1', headers: hy.headers })).json<{ items: Unit[] }>().items;
    expect(manageable.every((u) => u.path[1] === '华阳路街道')).toBe(true);
    expect(manageable[0]?.id).toBe('huayanglu');
  });

  it('the review names a unit as it was called in that year; coverage counts only units that existed then', async () => {
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(t.clock.now()));
    const { unitsDuring } = await import('../../src/org/unitsDuring.ts');
    t.clock.advanceDays(1);
    const nextDay = await login(t.app, 'admin');
    const fresh = (await post(nextDay, { name: '新设居委会', kind: 'committee', parentId: 'huayanglu' })).json<{ unit: Unit }>().unit;
    expect((await patch(nextDay, 'huayanglu-01', { name: '华阳一居委会' })).statusCode).toBe(200);
    t.clock.set(`${year + 1}-03-01T09:00:00+08:00`);
    const nextYear = await login(t.app, 'admin');
    expect((await patch(nextYear, 'huayanglu-01', { name: '华阳第一居委会' })).statusCode).toBe(200);
    const past = await unitsDuring(t.app.db, t.app.org, year, t.clock.now());
    const current = await unitsDuring(t.app.db, t.app.org, year + 1, t.clock.now());
    expect(past.find((u) => u.id === 'huayanglu-01')?.name).toBe('华阳一居委会');
    expect(current.find((u) => u.id === 'huayanglu-01')?.name).toBe('华阳第一居委会');
    expect(past.some((u) => u.id === fresh.id)).toBe(true);
    const before = await unitsDuring(t.app.db, t.app.org, year - 1, t.clock.now());
    expect(before.some((u) => u.id === fresh.id)).toBe(false);
    expect(before.find((u) => u.id === 'huayanglu-01')?.name).toBe('华阳居委会');
  });
});
