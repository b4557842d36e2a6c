// 修改记录: every write through the data API notes who made or changed a record, when, and which fields (never the
// values), on both engines; read by whoever may read the record, and kept when the record is deleted.
import { stringify } from 'csv-stringify/sync';
import type { RecordHistory } from '@toolbox/sdk/api';
import { idCardCheckCharacter } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { multipart } from '../helpers/bundles.ts';
import { testEngines } from '../helpers/engines.ts';
import type { Session } from '../helpers/login.ts';
import { goodRecord, ledgerSuite } from '../forms/formSupport.ts';

const url = '/api/apps/hardship-hy/data/records';
const idOf = (body: string) => `${body}${idCardCheckCharacter(body)}`;

describe.each(testEngines)('the history of a record (%s)', (engine) => {
  const suite = ledgerSuite(engine, '2026-03-02T10:00:00+08:00');

  async function history(who: Session, id: string): Promise<RecordHistory> {
    const res = await suite.t.app.inject({ url: `${url}/${id}/history`, headers: who.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const put = (id: string, data: Record<string, unknown>) => suite.t.app.inject({ method: 'PUT', url: `${url}/${id}`, headers: suite.staff.headers, payload: data });

  it('says who made it, changed which fields, moved it in its flow, and saved it unchanged, newest first', async () => {
    const idNumber = idOf('31010519700101031');
    const made = await suite.t.app.inject({ method: 'POST', url, headers: suite.staff.headers, payload: goodRecord({ name: '林 芳', idNumber, phone: '13800000011' }) });
    expect(made.statusCode, made.body).toBe(201);
    const { id, data } = made.json() as { id: string; data: Record<string, unknown> };
    suite.t.clock.set('2026-03-02T10:01:00+08:00');
    const changed = { ...data, phone: '13800000012', address: { building: '8号楼', room: '202室' } };
    expect((await put(id, changed)).statusCode).toBe(200);
    suite.t.clock.set('2026-03-02T10:02:00+08:00');
    expect((await put(id, { ...changed, status: 'helping' })).statusCode).toBe(200);
    // The same values, an address's keys in another order: saved, and said to change nothing.
    expect((await put(id, { ...changed, status: 'helping', address: { room: '202室', building: '8号楼' } })).statusCode).toBe(200);

    const { items, total } = await history(suite.staff, id);
    expect(total).toBe(4);
    expect(items.map((c) => [c.action, c.fields, c.fromState, c.toState, c.by.name])).toEqual([
      ['update', [], null, null, '王芳'],
      ['update', ['status'], 'pending', 'helping', '王芳'],
      ['update', ['address', 'phone'], null, null, '王芳'],
      ['create', [], null, 'pending', '王芳'],
    ]);
    expect(items[3]).toMatchObject({ at: '2026-03-02T02:00:00.000Z', by: { id: suite.staff.user.id } });
    expect(items[1]?.at).toBe('2026-03-02T02:02:00.000Z');
    // Never the values: a phone number, a 身份证号 or an address are in the record only.
    const rows = await suite.t.app.db.selectFrom('record_history').selectAll().where('record_id', '=', id).execute();
    expect(JSON.stringify(rows)).not.toMatch(/13800000012|202室|林 芳/);
    expect(JSON.stringify(rows)).not.toContain(idNumber);

    // The app's owner and admins see it as they see the record; another committee sees neither.
    expect((await history(suite.admin, id)).total).toBe(4);
    const other = await suite.t.app.inject({ url: `${url}/${id}/history`, headers: suite.staff2.headers });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('TOOLBOX_RECORD_NOT_FOUND');
  });

  it('notes an import: records it adds, and the fields of those it updates', async () => {
    const [known, added] = [idOf('31010519700101032'), idOf('31010519700101033')];
    const made = await suite.t.app.inject({ method: 'POST', url, headers: suite.staff.headers, payload: goodRecord({ name: '何 平', idNumber: known, registeredOn: '2026-03-09' }) });
    const { id } = made.json() as { id: string };
    const header = ['户主姓名', '身份证号', '联系电话', '住址', '困难类别', '主要困难和诉求', '责任社工', '登记日期'];
    const row = (name: string, idNumber: string, phone: string) => [name, idNumber, phone, '8号楼 201室', '低保家庭', '医药费负担重', '王芳', '2026-03-09'];
    const file = Buffer.from(`\ufeff${stringify([header, row('何 平', known, '13800000021'), row('钟 敏', added, '')])}`, 'utf8');
    const body = multipart(file, 'ledger.csv', 'file');
    const res = await suite.t.app.inject({ method: 'POST', url: `${url}/import?repeats=update`, headers: { ...suite.staff.headers, ...body.headers }, payload: body.payload });
    expect(res.json()).toMatchObject({ imported: 1, updated: 1 });

    expect((await history(suite.staff, id)).items.map((c) => [c.action, c.fields])).toEqual([
      ['import-update', ['phone']],
      ['create', []],
    ]);
    const list = await suite.t.app.inject({ url: `${url}?limit=100`, headers: suite.staff.headers });
    const newId = (list.json().items as { id: string; data: Record<string, unknown> }[]).find((r) => r.data.idNumber === added)!.id;
    expect((await history(suite.staff, newId)).items).toEqual([
      { at: expect.any(String), by: { id: suite.staff.user.id, name: '王芳' }, action: 'import', fields: [], fromState: null, toState: 'pending' },
    ]);
  });

  it('keeps the history of a deleted record, with who deleted it; the record and its history are then not found', async () => {
    const made = await suite.t.app.inject({ method: 'POST', url, headers: suite.staff.headers, payload: goodRecord({ name: '江 河', idNumber: idOf('31010519700101034') }) });
    const { id } = made.json() as { id: string };
    expect((await suite.t.app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: suite.staff.headers })).statusCode).toBe(204);
    expect((await suite.t.app.inject({ url: `${url}/${id}/history`, headers: suite.staff.headers })).statusCode).toBe(404);
    const rows = await suite.t.app.db.selectFrom('record_history').select(['action', 'actor_name']).where('record_id', '=', id).orderBy('id').execute();
    expect(rows).toEqual([
      { action: 'create', actor_name: '王芳' },
      { action: 'delete', actor_name: '王芳' },
    ]);
  });

  it('refuses a history of a record that is not there', async () => {
    const res = await suite.t.app.inject({ url: `${url}/no-such-record/history`, headers: suite.staff.headers });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('TOOLBOX_RECORD_NOT_FOUND');
  });
});
