// A record nested thousands of lists deep, stored before JSON bodies were limited to MAX_JSON_DEPTH levels, broke its
// collection's export: 200 and the headers, then a dropped connection (the cell's text was spelled out recursively).
// Such a record is written here straight into the store, as it was then; the export now sends it whole.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecord } from '../../src/data/recordStore.ts';
import { MAX_JSON_DEPTH } from '../../src/lib/jsonBodyParser.ts';
import { publishApp } from '../helpers/bundles.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { readXlsx } from '../helpers/readFiles.ts';

/** `[[…[leaf]…]]`, `depth` lists deep, built without recursion. */
function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe.each(testEngines)('exporting a record stored before the depth limit (%s)', (engine) => {
  let t: TestApp;
  let staff: Session;
  const url = '/api/apps/deep-app/data/notes';

  beforeAll(async () => {
    t = await createTestApp({ engine });
    const dev = await login(t.app, 'dev');
    const collections = { notes: { type: 'object', properties: { title: { type: 'string' }, extra: {} } } };
    expect((await publishApp(t.app, dev.headers, 'deep-app', { collections } as never)).statusCode).toBe(201);
    staff = await login(t.app, 'staff');
    const stored = { appId: 'deep-app', collection: 'notes', unitId: staff.user.unit.id, userId: staff.user.id, now: t.clock.now() };
    await insertRecord(t.app.db, { ...stored, data: { title: 'deep', extra: nested(4_000, 1) } });
    await insertRecord(t.app.db, { ...stored, data: { title: 'shallow', extra: [['a', 'b'], 'c'] } });
  });
  afterAll(async () => t?.close());

  it('sends the whole CSV: the deep list cut short with "…", the other records as before', async () => {
    const res = await t.app.inject({ url: `${url}/export?format=csv&lang=en&sort=title`, headers: staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    const rows = parse(res.rawPayload.subarray(3).toString('utf8')) as string[][];
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['title', 'extra'],
      ['deep', '…'],
      ['shallow', 'a, b, c'],
    ]);
  });

  it('sends the whole .xlsx too', async () => {
    const res = await t.app.inject({ url: `${url}/export?format=xlsx&lang=en&sort=title`, headers: staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    const rows = await readXlsx(res.rawPayload);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['deep', '…'],
      ['shallow', 'a, b, c'],
    ]);
  });

  it(`spells out a list as deep as a body may be (${MAX_JSON_DEPTH} levels)`, async () => {
    const stored = { appId: 'deep-app', collection: 'notes', unitId: staff.user.unit.id, userId: staff.user.id, now: t.clock.now() };
    const record = await insertRecord(t.app.db, { ...stored, data: { title: 'limit', extra: nested(MAX_JSON_DEPTH - 1, 'leaf') } });
    const res = await t.app.inject({ url: `${url}/export?format=csv&lang=en&filter=title:eq:limit`, headers: staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    const rows = parse(res.rawPayload.subarray(3).toString('utf8')) as string[][];
    expect(rows[1]!.slice(0, 2)).toEqual(['limit', 'leaf']);
    await t.app.inject({ method: 'DELETE', url: `${url}/${record.id}`, headers: staff.headers });
  });
});
