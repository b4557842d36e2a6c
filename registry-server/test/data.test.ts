import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from './helpers/engines.ts';
import { createTestApp, type TestApp } from './helpers/createTestApp.ts';
import { login, type Session } from './helpers/login.ts';
import { publishApp } from './helpers/bundles.ts';

const visitSchema = {
  type: 'object',
  required: ['resident', 'date'],
  additionalProperties: false,
  properties: {
    resident: { type: 'string', minLength: 1 },
    date: { type: 'string', format: 'date' },
    note: { type: 'string', maxLength: 200 },
  },
};

describe.each(testEngines)('app data (%s)', (engine) => {
  let t: TestApp;
  let dev: Session;
  let staff: Session;
  let staff2: Session;
  const url = '/api/apps/visit-log/data/visits';

  beforeEach(async () => {
    t = await createTestApp({ engine });
    dev = await login(t.app, 'dev');
    staff = await login(t.app, 'staff');
    staff2 = await login(t.app, 'staff2');
    const res = await publishApp(t.app, dev.headers, 'visit-log', { collections: { visits: visitSchema } });
    expect(res.statusCode).toBe(201);
  });
  afterEach(async () => t.close());

  it('creates, reads, lists, updates and deletes records scoped to the caller’s unit', async () => {
    const created = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: { resident: '张阿姨', date: '2026-03-02' } });
    expect(created.statusCode).toBe(201);
    const record = created.json();
    expect(record).toMatchObject({ data: { resident: '张阿姨', date: '2026-03-02' }, unitId: 'huayanglu-01', createdBy: staff.user.id });

    await t.app.inject({ method: 'POST', url, headers: staff2.headers, payload: { resident: '李伯伯', date: '2026-03-02' } });
    t.clock.advanceDays(1);
    await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: { resident: '王奶奶', date: '2026-03-03' } });

    const mine = (await t.app.inject({ url, headers: staff.headers })).json();
    expect(mine.total).toBe(2);
    expect(mine.items.map((r: { data: { resident: string } }) => r.data.resident)).toEqual(['王奶奶', '张阿姨']);
    const page = (await t.app.inject({ url: `${url}?limit=1&offset=1`, headers: staff.headers })).json();
    expect(page).toMatchObject({ total: 2, items: [{ data: { resident: '张阿姨' } }] });
    // The owner and admins see every unit.
    expect((await t.app.inject({ url, headers: dev.headers })).json().total).toBe(3);
    // Another unit cannot read, change or delete it.
    expect((await t.app.inject({ url: `${url}/${record.id}`, headers: staff2.headers })).json().code).toBe('TOOLBOX_RECORD_NOT_FOUND');
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${record.id}`, headers: staff2.headers })).statusCode).toBe(404);

    const updated = await t.app.inject({ method: 'PUT', url: `${url}/${record.id}`, headers: staff.headers, payload: { resident: '张阿姨', date: '2026-03-02', note: '已回访' } });
    expect(updated.json()).toMatchObject({ id: record.id, data: { note: '已回访' }, unitId: 'huayanglu-01', createdAt: record.createdAt });
    expect(updated.json().updatedAt).not.toBe(record.createdAt);
    expect((await t.app.inject({ url: `${url}/${record.id}`, headers: staff.headers })).json().data.note).toBe('已回访');
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${record.id}`, headers: staff.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url, headers: staff.headers })).json().total).toBe(1);
  });

  it('checks records against the collection schema, naming the path', async () => {
    const res = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: { resident: '', date: 'yesterday', extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('TOOLBOX_RECORD_INVALID');
    expect(res.json().message).toContain('body/resident');
    expect(res.json().message).toContain('body/date');
    // Field by field, in the SDK's FieldError shape, so the desktop can hand them to the plugin.
    expect(res.json().details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/resident', keyword: 'minLength', params: { limit: 1 } }),
        expect.objectContaining({ path: '/date', keyword: 'format' }),
        expect.objectContaining({ path: '/extra', keyword: 'additionalProperties' }),
      ]),
    );
    expect(await t.app.db.selectFrom('records').selectAll().execute()).toHaveLength(0);
  });

  it('404 for a collection the current manifest does not declare; 403 outside the visibility; 410 once retired', async () => {
    const undeclared = await t.app.inject({ url: '/api/apps/visit-log/data/secrets', headers: staff.headers });
    expect(undeclared.statusCode).toBe(404);
    expect(undeclared.json().code).toBe('TOOLBOX_COLLECTION_NOT_FOUND');

    await publishApp(t.app, dev.headers, 'hidden-app', { visibility: { units: ['xinjingzhen'] }, collections: { items: { type: 'object' } } });
    expect((await t.app.inject({ url: '/api/apps/hidden-app/data/items', headers: staff.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/apps/hidden-app/data/items', headers: staff2.headers })).statusCode).toBe(200);

    await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: { resident: '张阿姨', date: '2026-03-02' } });
    const admin = await login(t.app, 'admin');
    await t.app.inject({ method: 'POST', url: '/api/apps/visit-log/retire', headers: admin.headers, payload: { reason: '测试' } });
    expect((await t.app.inject({ url, headers: staff.headers })).json().code).toBe('TOOLBOX_APP_RETIRED');
    // The data is kept.
    expect(await t.app.db.selectFrom('records').selectAll().execute()).toHaveLength(1);
  });
});
