// The character NUL (U+0000) cannot be stored or compared by PostgreSQL ("invalid byte sequence for encoding UTF8:
// 0x00"): anywhere in a request it answered 500 there, while SQLite answered 401, 201, 200 or 404. It is refused in
// one place for bodies (the JSON parser) and one for path parameters and query strings, alike on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../helpers/bundles.ts';
import { countRows } from '../helpers/counts.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

describe.each(testEngines)('a NUL anywhere in a request (%s)', (engine) => {
  let t: TestApp;
  let staff: Session;
  const notes = '/api/apps/nul-app/data/notes';

  beforeAll(async () => {
    t = await createTestApp({ engine });
    const dev = await login(t.app, 'dev');
    const collections = { notes: { type: 'object', properties: { title: { type: 'string' } } } };
    expect((await publishApp(t.app, dev.headers, 'nul-app', { collections } as never)).statusCode).toBe(201);
    staff = await login(t.app, 'staff');
  });
  afterAll(async () => t?.close());

  const json = { 'content-type': 'application/json' };
  const ratings = async () => Number((await t.app.db.selectFrom('app_ratings').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it.each([
    ['the sign-in username (signed out)', 'POST', '/api/auth/login', '{"username":"ad\\u0000min","password":"xxxxxxxxxx"}', 'body/username'],
    ["a record's value", 'POST', notes, '{"title":"a\\u0000b"}', 'body/title'],
    ["a record's key", 'POST', notes, '{"ti\\u0000tle":"x"}', 'body/ti\\u0000tle'],
    ["a rating's comment", 'POST', '/api/apps/nul-app/ratings', '{"score":5,"comment":"a\\u0000b"}', 'body/comment'],
    ['a filter', 'GET', `${notes}?filter=title:eq:a%00b`, undefined, 'querystring/filter'],
    ['a search', 'GET', `${notes}?search=a%00b&searchIn=title`, undefined, 'querystring/search'],
    ['a record id', 'GET', `${notes}/a%00b`, undefined, 'params/docId'],
    ['a session id', 'DELETE', '/api/me/sessions/a%00b', undefined, 'params/id'],
  ] as const)('refuses one in %s: 400 naming it, nothing stored', async (_what, method, url, payload, field) => {
    const before = { rows: await countRows(t.app), ratings: await ratings() };
    const signedIn = url === '/api/auth/login' ? {} : staff.headers;
    const res = await t.app.inject({ method, url, headers: payload ? { ...signedIn, ...json } : signedIn, payload });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toEqual({
      statusCode: 400,
      code: 'TOOLBOX_VALIDATION_FAILED',
      error: 'Bad Request',
      message: `${field}: holds the character U+0000 (NUL), which is not accepted`,
    });
    expect({ rows: await countRows(t.app), ratings: await ratings() }).toEqual(before);
  });

  it('still takes other control characters and text around them', async () => {
    const res = await t.app.inject({ method: 'POST', url: notes, headers: { ...staff.headers, ...json }, payload: '{"title":"a\\u0001b\\tc"}' });
    expect(res.statusCode, res.body).toBe(201);
    const found = await t.app.inject({ url: `${notes}?filter=${encodeURIComponent('title:eq:a\u0001b\tc')}`, headers: staff.headers });
    expect(found.json().total).toBe(1);
  });
});
