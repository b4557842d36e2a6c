// JSON bodies that parse but cannot be handled: nested thousands of levels deep (the poisoning check, then
// JSON.stringify, overflowed the stack: 500, even signed out), and numbers beyond a double (1e999 was stored as null).
// Every JSON route refuses them in its body parser, naming where, and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { MAX_JSON_DEPTH } from '../../src/lib/jsonBodyParser.ts';
import { publishApp } from '../helpers/bundles.ts';
import { countRows } from '../helpers/counts.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

const arrays = (depth: number, inner: string) => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

describe.each(testEngines)('JSON bodies too deep or with numbers beyond a double (%s)', (engine) => {
  let t: TestApp;
  let staff: Session;
  const json = { 'content-type': 'application/json' };
  const signIn = (payload: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload });
  const createNote = (payload: string) =>
    t.app.inject({ method: 'POST', url: '/api/apps/deep-app/data/notes', headers: { ...staff.headers, ...json }, payload });

  beforeAll(async () => {
    t = await createTestApp({ engine });
    const dev = await login(t.app, 'dev');
    const collections = {
      notes: { type: 'object', properties: { title: { type: 'string' }, extra: {} } },
      meters: { type: 'object', additionalProperties: false, required: ['reading'], properties: { reading: { type: 'number' } } },
    };
    expect((await publishApp(t.app, dev.headers, 'deep-app', { collections } as never)).statusCode).toBe(201);
    staff = await login(t.app, 'staff');
  });
  afterAll(async () => t.close());

  async function expectRefused(res: LightMyRequestResponse, before: Record<string, number>, ...parts: string[]) {
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ statusCode: 400, code: 'TOOLBOX_VALIDATION_FAILED', error: 'Bad Request' });
    for (const part of parts) expect(body.message).toContain(part);
    // Bounded whatever was sent: the path's middle is elided, not 80,000 levels long.
    expect(body.message.length).toBeLessThan(400);
    expect(await countRows(t.app)).toEqual(before);
  }

  it('refuses a sign-in nested 80,000 arrays deep around "constructor" with a 400 naming the path, not a 500', async () => {
    const before = await countRows(t.app);
    const res = await signIn(`{"username":"a","password":"b","x":${arrays(80_000, '"constructor"')}}`);
    await expectRefused(res, before, 'body/x/0/0/', `nested deeper than ${MAX_JSON_DEPTH} levels`);
  });

  it('refuses objects nested 20,000 deep under "constructor" keys the same way', async () => {
    const before = await countRows(t.app);
    const res = await signIn(`{"username":"a","password":"b","x":${'{"constructor":'.repeat(20_000)}1${'}'.repeat(20_000)}}`);
    await expectRefused(res, before, 'body/x/constructor/constructor/', `nested deeper than ${MAX_JSON_DEPTH} levels`);
  });

  it(`takes a body ${MAX_JSON_DEPTH} levels deep and refuses one level more`, async () => {
    // The body itself is the first level.
    expect((await signIn(`{"username":"a","password":"b","x":${arrays(MAX_JSON_DEPTH - 1, '1')}}`)).json()).toMatchObject({ code: 'TOOLBOX_LOGIN_FAILED' });
    const before = await countRows(t.app);
    await expectRefused(await signIn(`{"username":"a","password":"b","x":${arrays(MAX_JSON_DEPTH, '1')}}`), before, 'body/x/0/');
  });

  it('refuses a record nested 5,000 deep (JSON.stringify overflowed as it was stored), storing nothing', async () => {
    const before = await countRows(t.app);
    await expectRefused(await createNote(`{"title":"x","extra":${arrays(5_000, '1')}}`), before, 'body/extra/0/');
    // 4,000 was stored, and then broke the collection's export: refused now as well.
    await expectRefused(await createNote(`{"title":"x","extra":${arrays(4_000, '1')}}`), before, 'body/extra/0/');
  });

  it('refuses 1e999 and -1e999 naming the field, instead of storing null', async () => {
    const before = await countRows(t.app);
    for (const reading of ['1e999', '-1e999']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/apps/deep-app/data/meters', headers: { ...staff.headers, ...json }, payload: `{"reading":${reading}}` });
      await expectRefused(res, before, 'body/reading: a number too large to store');
    }
    const list = await t.app.inject({ url: '/api/apps/deep-app/data/meters', headers: staff.headers });
    expect(list.json()).toEqual({ items: [], total: 0 });
  });

  it('still stores a record with large finite numbers and a few levels of lists', async () => {
    const meters = await t.app.inject({ method: 'POST', url: '/api/apps/deep-app/data/meters', headers: { ...staff.headers, ...json }, payload: '{"reading":1.7e308}' });
    expect(meters.statusCode, meters.body).toBe(201);
    expect(meters.json().data).toEqual({ reading: 1.7e308 });
    const notes = await createNote(`{"title":"x","extra":${arrays(10, '"constructor"')}}`);
    expect(notes.statusCode, notes.body).toBe(201);
  });
});
