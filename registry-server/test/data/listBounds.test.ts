// Paging and counting parameters a client can get wrong. `offset` had no maximum on the record lists, and ajv reads
// `1e400` as Infinity and lets it past any maximum: both reached SQL and answered 500 on either engine. A stats
// field that is not the collection's was refused as a "sort".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../helpers/bundles.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

describe.each(testEngines)('list parameters out of bounds (%s)', (engine) => {
  let t: TestApp;
  let dev: Session;
  let admin: Session;
  const notes = '/api/apps/q-app/data/notes';

  beforeAll(async () => {
    t = await createTestApp({ engine });
    [dev, admin] = await Promise.all([login(t.app, 'dev'), login(t.app, 'admin')]);
    const collections = { notes: { type: 'object', properties: { title: { type: 'string' }, visitedOn: { type: 'string', format: 'date' } } } };
    expect((await publishApp(t.app, dev.headers, 'q-app', { collections } as never)).statusCode).toBe(201);
    const created = await t.app.inject({ method: 'POST', url: notes, headers: dev.headers, payload: { title: 't' } });
    expect(created.statusCode, created.body).toBe(201);
  });
  afterAll(async () => t?.close());

  const refusal = (message: string) => ({ statusCode: 400, code: 'TOOLBOX_VALIDATION_FAILED', error: 'Bad Request', message });

  it.each([
    [`${notes}?offset=99999999999999999999`, 'querystring/offset must be <= 1000000'],
    [`${notes}?offset=1e400`, 'querystring/offset must be <= 1000000'],
    [`${notes}?offset=-1e400`, 'querystring/offset must be >= 0'],
    [`${notes}?limit=1e400`, 'querystring/limit must be <= 500'],
    [`${notes}/deleted?offset=99999999999999999999`, 'querystring/offset must be <= 1000000'],
    [`${notes}/deleted?offset=Infinity`, 'querystring/offset must be <= 1000000'],
    ['/api/users?offset=1e400', 'querystring/offset must be <= 1000000'],
    ['/api/audit?limit=1e400', 'querystring/limit must be <= 1000'],
  ])('refuses %s with a 400 naming the parameter', async (url, message) => {
    const res = await t.app.inject({ url, headers: admin.headers });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toEqual(refusal(message));
  });

  it('still pages up to the maximum offset', async () => {
    for (const url of [`${notes}?offset=1000000`, `${notes}/deleted?offset=1e6`]) {
      const res = await t.app.inject({ url, headers: dev.headers });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ items: [] });
    }
    expect((await t.app.inject({ url: `${notes}?offset=0&limit=1e2`, headers: dev.headers })).json()).toMatchObject({ total: 1 });
  });

  it.each([
    ['field=nope', 'field: the collection has no field "nope"'],
    ['monthBy=nope', 'monthBy: the collection has no field "nope"'],
    ['field=-title', 'field: the collection has no field "-title"'],
  ])('refuses stats?%s naming that parameter, not "sort"', async (query, message) => {
    const res = await t.app.inject({ url: `${notes}/stats?${query}`, headers: dev.headers });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toEqual({ statusCode: 400, code: 'TOOLBOX_QUERY_FIELD_UNKNOWN', error: 'Bad Request', message });
  });

  it("still counts by the collection's own fields", async () => {
    const res = await t.app.inject({ url: `${notes}/stats?field=title&monthBy=visitedOn`, headers: dev.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, byValue: [{ value: 't', count: 1 }], monthBy: 'visitedOn' });
  });
});
