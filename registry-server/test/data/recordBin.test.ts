// 已删除的记录: a deleted record waits DELETED_RECORD_DAYS in the bin, seen by whoever could see it, and is restored as
// it was (same id, unit, creator, values), its history saying who deleted and restored it; then it is purged. On both
// engines.
import { DELETED_RECORD_DAYS, type DeletedRecords } from '@toolbox/sdk/api';
import { idCardCheckCharacter } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { goodRecord, ledgerSuite } from '../forms/formSupport.ts';

const url = '/api/apps/hardship-hy/data/records';
const idOf = (body: string) => `${body}${idCardCheckCharacter(body)}`;
const DAY_MS = 86_400_000;

describe.each(testEngines)('deleted records (%s)', (engine) => {
  const suite = ledgerSuite(engine, '2026-03-02T10:00:00+08:00');

  const add = async (name: string, idBody: string, who: Session = suite.staff) => {
    const res = await suite.t.app.inject({ method: 'POST', url, headers: who.headers, payload: goodRecord({ name, idNumber: idOf(idBody) }) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; data: Record<string, unknown>; unitId: string; createdAt: string; createdBy: string; updatedAt: string; revision: number };
  };
  const remove = (id: string, who: Session = suite.staff) => suite.t.app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: who.headers });
  const bin = async (who: Session = suite.staff): Promise<DeletedRecords> => {
    const res = await suite.t.app.inject({ url: `${url}/deleted`, headers: who.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const restore = (id: string, who: Session = suite.staff) => suite.t.app.inject({ method: 'POST', url: `${url}/deleted/${id}/restore`, headers: who.headers });
  const found = async (idNumber: string, who: Session = suite.staff) => {
    const res = await suite.t.app.inject({ url: `${url}?filter=${encodeURIComponent(`idNumber:eq:${idNumber}`)}`, headers: who.headers });
    return (res.json() as { items: { id: string }[] }).items.map((r) => r.id);
  };

  it('keeps a deleted record out of the list, in the bin of its unit, and restores it as it was, found by its values again', async () => {
    const made = await add('冯 英', '31010519700101051');
    suite.t.clock.set('2026-03-03T09:30:00+08:00');
    expect((await remove(made.id)).statusCode).toBe(204);
    expect(await found(idOf('31010519700101051'))).toEqual([]);
    expect((await suite.t.app.inject({ url: `${url}/${made.id}`, headers: suite.staff.headers })).statusCode).toBe(404);

    const { items, total } = await bin();
    expect(total).toBe(1);
    expect(items[0]).toEqual({
      ...made,
      deletedAt: '2026-03-03T01:30:00.000Z',
      deletedBy: { id: suite.staff.user.id, name: '王芳' },
      purgeAt: new Date(Date.parse('2026-03-03T01:30:00.000Z') + DELETED_RECORD_DAYS * DAY_MS).toISOString(),
    });
    // The owner and admins see every unit's, as they see every unit's records; another committee sees none of it.
    expect((await bin(suite.admin)).total).toBe(1);
    expect((await bin(suite.staff2)).total).toBe(0);
    const theirs = await restore(made.id, suite.staff2);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().code).toBe('TOOLBOX_RECORD_NOT_FOUND');

    suite.t.clock.set('2026-03-04T09:00:00+08:00');
    const back = await restore(made.id);
    expect(back.statusCode, back.body).toBe(200);
    // As it was, at its next revision: restoring is a write (a write based on it before the delete is refused).
    expect(back.json()).toEqual({ ...made, revision: made.revision + 1 });
    expect(await found(idOf('31010519700101051'))).toEqual([made.id]);
    expect((await bin()).total).toBe(0);
    const again = await restore(made.id);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('TOOLBOX_RECORD_NOT_FOUND');

    const history = await suite.t.app.inject({ url: `${url}/${made.id}/history`, headers: suite.staff.headers });
    expect((history.json() as { items: { action: string; toState: string | null; at: string }[] }).items.map((c) => [c.action, c.toState, c.at])).toEqual([
      ['restore', 'pending', '2026-03-04T01:00:00.000Z'],
      ['delete', null, '2026-03-03T01:30:00.000Z'],
      ['create', 'pending', '2026-03-02T02:00:00.000Z'],
    ]);
  });

  it('lists the last deleted first, and pages', async () => {
    suite.t.clock.set('2026-03-05T09:00:00+08:00');
    const ids: string[] = [];
    for (const [i, name] of ['甲 一', '乙 二', '丙 三'].entries()) {
      const made = await add(name, `3101051970010106${i}`);
      suite.t.clock.set(`2026-03-05T09:0${i + 1}:00+08:00`);
      expect((await remove(made.id)).statusCode).toBe(204);
      ids.push(made.id);
    }
    expect((await bin()).items.map((r) => r.id)).toEqual([...ids].reverse());
    const page = await suite.t.app.inject({ url: `${url}/deleted?limit=1&offset=1`, headers: suite.staff.headers });
    expect(page.json()).toMatchObject({ total: 3, items: [{ id: ids[1] }] });
    const tooMany = await suite.t.app.inject({ url: `${url}/deleted?limit=101`, headers: suite.staff.headers });
    expect(tooMany.statusCode).toBe(400);
    for (const id of ids) expect((await restore(id)).statusCode).toBe(200);
  });

  it(`cannot restore a record deleted more than ${DELETED_RECORD_DAYS} days ago, and purges it`, async () => {
    suite.t.clock.set('2026-04-01T09:00:00+08:00');
    let staff = await login(suite.t.app, 'staff');
    const made = await add('褚 云', '31010519700101071', staff);
    expect((await remove(made.id, staff)).statusCode).toBe(204);
    suite.t.clock.set(new Date(Date.parse('2026-04-01T09:00:00+08:00') + DELETED_RECORD_DAYS * DAY_MS - 60_000).toISOString());
    staff = await login(suite.t.app, 'staff');
    expect((await bin(staff)).items.map((r) => r.id)).toEqual([made.id]);

    suite.t.clock.set(new Date(Date.parse('2026-04-01T09:00:00+08:00') + DELETED_RECORD_DAYS * DAY_MS + 60_000).toISOString());
    const late = await restore(made.id, staff);
    expect(late.statusCode).toBe(404);
    expect(late.json().code).toBe('TOOLBOX_RECORD_NOT_FOUND');
    expect((await bin(staff)).total).toBe(0);
    // Reading the bin purged it: the row is gone, and only its history (never the values) stays.
    expect(await suite.t.app.db.selectFrom('deleted_records').select('id').where('id', '=', made.id).execute()).toEqual([]);
    expect((await suite.t.app.db.selectFrom('record_history').select('action').where('record_id', '=', made.id).orderBy('id').execute()).map((r) => r.action)).toEqual(['create', 'delete']);
  });

  it('erases a deleted record now when asked, noting who did; another committee cannot', async () => {
    suite.t.clock.set('2026-06-01T09:00:00+08:00');
    const [staff, staff2] = await Promise.all([login(suite.t.app, 'staff'), login(suite.t.app, 'staff2')]);
    const made = await add('蒋 琴', '31010519700101091', staff);
    expect((await remove(made.id, staff)).statusCode).toBe(204);
    const erase = (who: Session) => suite.t.app.inject({ method: 'DELETE', url: `${url}/deleted/${made.id}`, headers: who.headers });
    const theirs = await erase(staff2);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().code).toBe('TOOLBOX_RECORD_NOT_FOUND');
    expect((await bin(staff)).items.map((r) => r.id)).toEqual([made.id]);

    expect((await erase(staff)).statusCode).toBe(204);
    expect((await bin(staff)).total).toBe(0);
    expect((await restore(made.id, staff)).statusCode).toBe(404);
    expect((await erase(staff)).statusCode).toBe(404);
    const rows = await suite.t.app.db.selectFrom('record_history').select(['action', 'actor_name']).where('record_id', '=', made.id).orderBy('id').execute();
    expect(rows).toEqual([
      { action: 'create', actor_name: '王芳' },
      { action: 'delete', actor_name: '王芳' },
      { action: 'purge', actor_name: '王芳' },
    ]);
  });

  it('refuses a bad page and an unknown record with the contract’s codes', async () => {
    const staff = await login(suite.t.app, 'staff');
    const bad = await suite.t.app.inject({ url: `${url}/deleted?offset=-1`, headers: staff.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('TOOLBOX_VALIDATION_FAILED');
    expect(bad.json().message).toContain('offset');
    const unknown = await restore('no-such-record', staff);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'TOOLBOX_RECORD_NOT_FOUND', message: expect.stringContaining('no-such-record') });
  });
});
