// Collection patterns ran on JavaScript's backtracking RegExp: `^(a+)+$` and 28 a's plus a `!` held the server for
// 1.2 s, doubling per character (40 would take over an hour). They run with RE2 now, in linear time, and a pattern
// RE2 cannot run is refused at publish, by its path.
import type { Manifest } from '@toolbox/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appFiles, makeManifest, publishArchive, tgzOf } from '../helpers/bundles.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

const EVIL = '^(a+)+$';

describe.each(testEngines)('patterns in collection schemas (%s)', (engine) => {
  let t: TestApp;
  let dev: Session;
  let admin: Session;

  /** Publishes and, where versions wait for review, approves it, so that it is current. */
  async function publish(id: string, collections: Manifest['collections']) {
    const files = appFiles(makeManifest(id, { collections }), { hashes: false });
    delete files['assets/blob.bin'];
    const res = await publishArchive(t.app, dev.headers, id, tgzOf(files));
    if (res.statusCode === 201 && res.json().app?.currentVersion !== '1.0.0') {
      const approve = await t.app.inject({ method: 'POST', url: `/api/apps/${id}/versions/1.0.0/approve`, headers: admin.headers, payload: { reason: '测试' } });
      expect(approve.statusCode, approve.body).toBe(200);
    }
    return res;
  }
  const write = (id: string, body: object) => t.app.inject({ method: 'POST', url: `/api/apps/${id}/data/notes`, headers: dev.headers, payload: body });

  beforeEach(async () => {
    t = await createTestApp({ engine });
    dev = await login(t.app, 'dev');
    admin = await login(t.app, 'admin');
  });
  afterEach(async () => t.close());

  it(`${EVIL} against 'a'×40 + '!' is refused in milliseconds, and a matching value is kept`, async () => {
    const res = await publish('slow-pattern', { notes: { type: 'object', properties: { code: { type: 'string', pattern: EVIL } } } });
    expect(res.statusCode, res.body).toBe(201);
    expect((await write('slow-pattern', { code: 'aaaa' })).statusCode).toBe(201); // compiles the validator
    const started = performance.now();
    const bad = await write('slow-pattern', { code: `${'a'.repeat(40)}!` });
    const took = performance.now() - started;
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'TOOLBOX_RECORD_INVALID', message: expect.stringContaining('body/code must match pattern') });
    expect(took).toBeLessThan(100);
    // patternProperties run on the same engine.
    const props = await publish('slow-keys', { notes: { type: 'object', patternProperties: { [EVIL]: { type: 'number' } } } });
    expect(props.statusCode, props.body).toBe(201);
    const started2 = performance.now();
    expect((await write('slow-keys', { [`${'a'.repeat(40)}!`]: 'x' })).statusCode).toBe(201);
    expect(performance.now() - started2).toBeLessThan(100);
  });

  it.each([
    ['a backreference', { type: 'object', properties: { code: { type: 'string', pattern: '^(a)\\1$' } } }, 'manifest/collections/notes/properties/code/pattern'],
    ['a lookahead', { type: 'object', properties: { list: { type: 'array', items: { type: 'string', pattern: '^(?!x)' } } } }, 'manifest/collections/notes/properties/list/items/pattern'],
    ['a lookbehind in patternProperties', { type: 'object', patternProperties: { '(?<=a)b': {} } }, 'manifest/collections/notes/patternProperties'],
  ])('%s is refused at publish with TOOLBOX_MANIFEST_INVALID naming the pattern, nothing stored', async (_what, schema, path) => {
    const res = await publish('bad-pattern', { notes: schema as Record<string, unknown> });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_MANIFEST_INVALID', message: expect.stringContaining(path) });
    expect(res.json().message).toContain('linear time');
    const rows = await t.app.db.selectFrom('versions').select('version').where('app_id', '=', 'bad-pattern').execute();
    expect(rows).toEqual([]);
  });

  it('a version stored before the check, with a pattern RE2 cannot run, answers 409 on a write, not 500', async () => {
    expect((await publish('old-pattern', { notes: { type: 'object' } })).statusCode).toBe(201);
    const row = await t.app.db.selectFrom('versions').select('manifest').where('app_id', '=', 'old-pattern').executeTakeFirstOrThrow();
    const manifest = JSON.parse(row.manifest) as Manifest;
    manifest.collections = { notes: { type: 'object', properties: { code: { type: 'string', pattern: '^(a)\\1$' } } } };
    await t.app.db.updateTable('versions').set({ manifest: JSON.stringify(manifest) }).where('app_id', '=', 'old-pattern').execute();
    const res = await write('old-pattern', { code: 'aa' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_COLLECTION_PATTERN_UNSUPPORTED', message: expect.stringContaining('linear time') });
  });
});
