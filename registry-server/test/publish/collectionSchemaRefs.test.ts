// The publish compiled a collection's schema with its $id and the data API without it, so a schema whose $ref went
// through its $id was published (201) and then every data call was a 500 (MissingRefError). Both compile it the same
// way now (compileCollectionSchema): what the publish takes works on every record, what cannot work is a 400.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishApp } from '../helpers/bundles.ts';
import { countRows } from '../helpers/counts.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

const selfRef = (id: string, type: string) => ({
  $id: id,
  type: 'object',
  definitions: { title: { type, maxLength: 20 } },
  properties: { title: { $ref: `${id}#/definitions/title` } },
});

describe.each(testEngines)('collection schemas with $id and $ref (%s)', (engine) => {
  let t: TestApp;
  let dev: Session;

  beforeEach(async () => {
    t = await createTestApp({ engine });
    dev = await login(t.app, 'dev');
  });
  afterEach(async () => t.close());

  const write = (app: string, body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/apps/${app}/data/notes`, headers: dev.headers, payload: body });

  it('checks records through a $ref to the schema’s own $id, absolute or relative, instead of answering 500', async () => {
    const before = await countRows(t.app);
    // What cannot resolve is refused at publish, naming the collection; nothing is stored.
    const dangling = { $id: 'https://apps.example.gov.cn/notes.json', type: 'object', properties: { title: { $ref: 'other.json#/title' } } };
    const refused = await publishApp(t.app, dev.headers, 'dangling-ref', { collections: { notes: dangling } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'TOOLBOX_MANIFEST_INVALID', message: expect.stringContaining('manifest/collections/notes') });
    expect(refused.json().message).toContain('other.json');
    expect(await countRows(t.app)).toEqual(before);
    const relative = {
      $id: 'https://apps.example.gov.cn/dir/notes.json',
      type: 'object',
      definitions: { title: { type: 'string' } },
      properties: { title: { $ref: 'notes.json#/definitions/title' } },
    };
    for (const [app, schema] of [
      ['self-ref', selfRef('https://apps.example.gov.cn/notes.json', 'string')],
      ['relative-ref', relative],
    ] as const) {
      expect((await publishApp(t.app, dev.headers, app, { collections: { notes: schema } })).statusCode).toBe(201);
      expect((await write(app, { title: '走访' })).statusCode).toBe(201);
      const bad = await write(app, { title: 1 });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'TOOLBOX_RECORD_INVALID', message: expect.stringContaining('body/title must be string') });
      expect((await t.app.inject({ url: `/api/apps/${app}/data/notes`, headers: dev.headers })).json().total).toBe(1);
    }
  });

  it('keeps two apps that declare the same $id apart, each checked by its own schema', async () => {
    const id = 'https://apps.example.gov.cn/notes.json';
    expect((await publishApp(t.app, dev.headers, 'words', { collections: { notes: selfRef(id, 'string') } })).statusCode).toBe(201);
    expect((await write('words', { title: '走访' })).statusCode).toBe(201);
    expect((await publishApp(t.app, dev.headers, 'numbers', { collections: { notes: selfRef(id, 'number') } })).statusCode).toBe(201);
    expect((await write('numbers', { title: 3 })).statusCode).toBe(201);
    expect((await write('numbers', { title: '走访' })).statusCode).toBe(400);
    expect((await write('words', { title: 3 })).statusCode).toBe(400);
  });
});
