// A record's revision, on both engines: 1 when made, one more at every write. A write that names the revision it read
// (If-Match) is refused with 412 TOOLBOX_RECORD_CHANGED once someone else has written, answering the record as it is
// now and who changed it last, and writing nothing; a write without it still wins, as before.
import { stringify } from 'csv-stringify/sync';
import type { DataRecordDto, RecordChanged } from '@toolbox/sdk/api';
import { idCardCheckCharacter } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { deleteRecordRow, replaceRecordData } from '../../src/data/recordStore.ts';
import { multipart } from '../helpers/bundles.ts';
import { testEngines } from '../helpers/engines.ts';
import type { Session } from '../helpers/login.ts';
import { goodRecord, ledgerSuite } from '../forms/formSupport.ts';

const url = '/api/apps/hardship-hy/data/records';
const idOf = (body: string) => `${body}${idCardCheckCharacter(body)}`;

describe.each(testEngines)('record revisions (%s)', (engine) => {
  const suite = ledgerSuite(engine, '2026-03-02T10:00:00+08:00');

  async function make(idBody: string): Promise<DataRecordDto> {
    const res = await suite.t.app.inject({ method: 'POST', url, headers: suite.staff.headers, payload: goodRecord({ idNumber: idOf(idBody) }) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  const put = (id: string, data: Record<string, unknown>, who: Session = suite.staff, ifMatch?: string) =>
    suite.t.app.inject({ method: 'PUT', url: `${url}/${id}`, headers: { ...who.headers, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) }, payload: data });
  const stored = async (id: string) => (await suite.t.app.inject({ url: `${url}/${id}`, headers: suite.admin.headers })).json() as DataRecordDto;
  const historyCount = async (id: string) => (await suite.t.app.inject({ url: `${url}/${id}/history`, headers: suite.admin.headers })).json().total as number;

  it('starts at 1, goes up by one at every write, and is the ETag of a read and a write', async () => {
    const made = await make('31010519700101041');
    expect(made.revision).toBe(1);
    const read = await suite.t.app.inject({ url: `${url}/${made.id}`, headers: suite.staff.headers });
    expect(read.headers.etag).toBe('"1"');
    const first = await put(made.id, { ...made.data, phone: '13800000041' }, suite.staff, '"1"');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().revision).toBe(2);
    expect(first.headers.etag).toBe('"2"');
    // The weak and the bare forms are read alike.
    expect((await put(made.id, { ...made.data, phone: '13800000042' }, suite.staff, 'W/"2"')).json().revision).toBe(3);
    expect((await put(made.id, { ...made.data, phone: '13800000043' }, suite.staff, '3')).json().revision).toBe(4);
    // Without If-Match the last write wins, as before.
    expect((await put(made.id, { ...made.data, phone: '13800000044' })).json().revision).toBe(5);
    // The list carries it too, for a step taken from the list.
    const list = await suite.t.app.inject({ url: `${url}?limit=100`, headers: suite.staff.headers });
    expect((list.json().items as DataRecordDto[]).find((r) => r.id === made.id)?.revision).toBe(5);
  });

  it('refuses a write based on a revision someone else has changed: 412 with the record now and who changed it, nothing written', async () => {
    const made = await make('31010519700101042');
    // The admin changes the phone number while the clerk has the form open.
    suite.t.clock.set('2026-03-02T10:05:00+08:00');
    expect((await put(made.id, { ...made.data, phone: '13800000045' }, suite.admin, '"1"')).statusCode).toBe(200);
    const before = await historyCount(made.id);

    suite.t.clock.set('2026-03-02T10:07:00+08:00');
    const stale = await put(made.id, { ...made.data, needs: '住房漏水' }, suite.staff, '"1"');
    expect(stale.statusCode, stale.body).toBe(412);
    const body = stale.json() as RecordChanged;
    expect(body).toMatchObject({ statusCode: 412, code: 'TOOLBOX_RECORD_CHANGED', error: 'Precondition Failed' });
    expect(body.message).toContain('revision 1');
    expect(body.current).toMatchObject({ id: made.id, revision: 2, data: { phone: '13800000045', needs: '医药费负担重' } });
    expect(body.lastChange).toMatchObject({ action: 'update', fields: ['phone'], at: '2026-03-02T02:05:00.000Z', by: { id: suite.admin.user.id } });
    // Nothing written: not the data, not the revision, not the history.
    expect(await stored(made.id)).toMatchObject({ revision: 2, data: { needs: '医药费负担重', phone: '13800000045' }, updatedAt: '2026-03-02T02:05:00.000Z' });
    expect(await historyCount(made.id)).toBe(before);

    // Written again on the revision it answered: accepted.
    const again = await put(made.id, { ...body.current.data, needs: '住房漏水' }, suite.staff, `"${body.current.revision}"`);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ revision: 3, data: { phone: '13800000045', needs: '住房漏水' } });
  });

  it('refuses a flow step on a stale revision before checking the step, and a malformed If-Match as a 400 naming the header', async () => {
    const made = await make('31010519700101043');
    expect((await put(made.id, { ...made.data, status: 'helping' }, suite.staff, '"1"')).statusCode).toBe(200);
    // A second tab still shows 待核实 and offers 不符合条件: told the record moved on, not that the step is not allowed.
    const step = await put(made.id, { ...made.data, status: 'ineligible' }, suite.staff, '"1"');
    expect(step.statusCode).toBe(412);
    expect((step.json() as RecordChanged).lastChange).toMatchObject({ fromState: 'pending', toState: 'helping' });

    for (const bad of ['"0"', 'abc', '"1", "2"', '*']) {
      const res = await put(made.id, made.data, suite.staff, bad);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json()).toMatchObject({ code: 'TOOLBOX_VALIDATION_FAILED' });
      expect(res.json().message).toContain('if-match');
    }
    expect((await stored(made.id)).revision).toBe(2);
  });

  it('answers 404, not 412, for a record the caller cannot see', async () => {
    const made = await make('31010519700101044');
    const res = await put(made.id, made.data, suite.staff2, '"1"');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('TOOLBOX_RECORD_NOT_FOUND');
  });

  it('moves on at an import that updates the record and at a restore, so a write based on the older one is refused', async () => {
    const made = await make('31010519700101045');
    const idNumber = made.data.idNumber as string;
    const header = ['户主姓名', '身份证号', '联系电话', '住址', '困难类别', '主要困难和诉求', '责任社工', '登记日期'];
    const file = Buffer.from(`\ufeff${stringify([header, ['李桂英', idNumber, '13800000046', '8号楼 201室', '低保家庭', '医药费负担重', '王芳', '2026-03-02']])}`, 'utf8');
    const upload = multipart(file, 'ledger.csv', 'file');
    const imported = await suite.t.app.inject({ method: 'POST', url: `${url}/import?repeats=update`, headers: { ...suite.staff.headers, ...upload.headers }, payload: upload.payload });
    expect(imported.json(), imported.body).toMatchObject({ updated: 1 });
    expect((await stored(made.id)).revision).toBe(2);
    expect((await put(made.id, made.data, suite.staff, '"1"')).statusCode).toBe(412);

    expect((await suite.t.app.inject({ method: 'DELETE', url: `${url}/${made.id}`, headers: suite.staff.headers })).statusCode).toBe(204);
    const restored = await suite.t.app.inject({ method: 'POST', url: `${url}/deleted/${made.id}/restore`, headers: suite.staff.headers });
    expect(restored.json().revision).toBe(3);
    expect((await put(made.id, made.data, suite.staff, '"2"')).statusCode).toBe(412);
    expect((await put(made.id, made.data, suite.staff, '"3"')).statusCode).toBe(200);
  });

  it('refuses a delete based on a revision someone has moved past, and deletes on the current one', async () => {
    const made = await make('31010519700101047');
    expect((await put(made.id, { ...made.data, phone: '13800000049' }, suite.admin)).statusCode).toBe(200);
    const before = await historyCount(made.id);
    const del = (ifMatch: string) => suite.t.app.inject({ method: 'DELETE', url: `${url}/${made.id}`, headers: { ...suite.staff.headers, 'if-match': ifMatch } });
    const stale = await del('"1"');
    expect(stale.statusCode, stale.body).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'TOOLBOX_RECORD_CHANGED', current: { id: made.id, revision: 2 }, lastChange: { action: 'update', fields: ['phone'] } });
    // Still there, nothing in the bin, nothing in its history.
    expect((await stored(made.id)).revision).toBe(2);
    const bin = await suite.t.app.inject({ url: `${url}/deleted`, headers: suite.admin.headers });
    expect((bin.json().items as { id: string }[]).map((r) => r.id)).not.toContain(made.id);
    expect(await historyCount(made.id)).toBe(before);
    expect((await del('abc')).statusCode).toBe(400);
    expect((await del('"2"')).statusCode).toBe(204);
  });

  it('guards the delete itself: a row read before another write took its revision is not binned', async () => {
    const made = await make('31010519700101048');
    const row = await suite.t.app.db.selectFrom('records').selectAll().where('id', '=', made.id).executeTakeFirstOrThrow();
    expect((await put(made.id, { ...made.data, phone: '13800000050' })).statusCode).toBe(200);
    const late = deleteRecordRow(suite.t.app.db, row, new Date(), { actor: { id: suite.staff.user.id, name: '王芳' } });
    await expect(late).rejects.toMatchObject({ code: 'TOOLBOX_RECORD_CHANGED' });
    expect(await stored(made.id)).toMatchObject({ revision: 2, data: { phone: '13800000050' } });
    // The bin row written before the refusal rolled back with it.
    expect(await suite.t.app.db.selectFrom('deleted_records').select('id').where('id', '=', made.id).executeTakeFirst()).toBeUndefined();
  });

  it('guards the write itself: a row read before another write took its revision is not written over', async () => {
    const made = await make('31010519700101046');
    const row = await suite.t.app.db.selectFrom('records').selectAll().where('id', '=', made.id).executeTakeFirstOrThrow();
    expect((await put(made.id, { ...made.data, phone: '13800000047' })).statusCode).toBe(200);
    // What a request that read the row before that write would now do: refused, and the record keeps the other write.
    const late = replaceRecordData(suite.t.app.db, row, { ...made.data, phone: '13800000048' }, new Date());
    await expect(late).rejects.toMatchObject({ code: 'TOOLBOX_RECORD_CHANGED' });
    expect(await stored(made.id)).toMatchObject({ revision: 2, data: { phone: '13800000047' } });
  });
});
