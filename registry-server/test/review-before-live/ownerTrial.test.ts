import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from '@toolbox/sdk';
import { catalog } from '../helpers/catalog.ts';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { publish, review } from './support.ts';

const visits = { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } };
// 1.1.0 adds a collection and tightens the one 1.0.0 has.
const notes = { type: 'object', required: ['text'], properties: { text: { type: 'string', maxLength: 5 } } };
const stricterVisits = { type: 'object', required: ['n'], properties: { n: { type: 'integer', maximum: 10 } } };

describe.each(testEngines)("review before live: the owner's data while trying a version (%s)", (engine) => {
  const t = appPerTest({ engine, trustedUnits: [] });
  const [dev, admin, staff] = signedInPerTest(t, 'dev', 'admin', 'staff');
  beforeEach(async () => {
    await publish(t.app, dev, 'visit-log', '1.0.0', { collections: { visits } });
    await review(t.app, admin, 'visit-log', '1.0.0', 'approve');
    await publish(t.app, dev, 'visit-log', '1.1.0', { collections: { visits: stricterVisits, notes } });
  });

  const write = (who: Session, collection: string, body: object, version?: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/apps/visit-log/data/${collection}`,
      headers: { ...who.headers, ...(version ? { 'x-toolbox-version': version } : {}) },
      payload: body,
    });
  const list = (who: Session, collection: string, version?: string) =>
    t.app.inject({ url: `/api/apps/visit-log/data/${collection}`, headers: { ...who.headers, ...(version ? { 'x-toolbox-version': version } : {}) } });

  it("checks the owner's requests against the pending version's collections when they name it", async () => {
    // Without the header: the current manifest, which has no `notes`.
    expect((await write(dev, 'notes', { text: 'hi' })).json()).toMatchObject({ statusCode: 404, code: 'TOOLBOX_COLLECTION_NOT_FOUND' });
    const created = await write(dev, 'notes', { text: 'hi' }, '1.1.0');
    expect(created.statusCode).toBe(201);
    expect((await list(dev, 'notes', '1.1.0')).json()).toMatchObject({ total: 1, items: [{ data: { text: 'hi' } }] });
    // And against that version's schema: 1.1.0 caps visits.n at 10 and notes.text at 5 characters; 1.0.0 does not.
    const tooLong = await write(dev, 'notes', { text: 'too long' }, '1.1.0');
    expect(tooLong.json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_RECORD_INVALID' });
    expect(tooLong.json<{ message: string }>().message).toContain('text');
    expect((await write(dev, 'visits', { n: 11 }, '1.1.0')).statusCode).toBe(400);
    expect((await write(dev, 'visits', { n: 11 })).statusCode).toBe(201);
    // An approved version may be named too (the current one here).
    expect((await write(dev, 'visits', { n: 12 }, '1.0.0')).statusCode).toBe(201);
    expect((await list(dev, 'notes')).statusCode).toBe(404);
  });

  it('ignores the header for anyone but the owner, admins included', async () => {
    for (const who of [staff, admin]) {
      expect((await write(who, 'notes', { text: 'hi' }, '1.1.0')).json()).toMatchObject({ statusCode: 404, code: 'TOOLBOX_COLLECTION_NOT_FOUND' });
      expect((await list(who, 'notes', '1.1.0')).json()).toMatchObject({ code: 'TOOLBOX_COLLECTION_NOT_FOUND' });
      // Their records are checked against the current manifest: 1.1.0's cap does not apply.
      expect((await write(who, 'visits', { n: 11 }, '1.1.0')).statusCode).toBe(201);
    }
  });

  it('refuses a version the owner may not try, and one that does not exist, storing nothing', async () => {
    await publish(t.app, dev, 'visit-log', '1.2.0', { collections: { visits, notes } });
    await review(t.app, admin, 'visit-log', '1.2.0', 'reject', { reason: '不通过' });
    const rejected = await write(dev, 'notes', { text: 'hi' }, '1.2.0');
    expect(rejected.json()).toMatchObject({ statusCode: 409, code: 'TOOLBOX_VERSION_NOT_TRYABLE', error: 'Conflict' });
    expect(rejected.json<{ message: string }>().message).toMatch(/^X-Toolbox-Version: 1\.2\.0 of "visit-log" is rejected/);
    expect((await write(dev, 'notes', { text: 'hi' }, '9.9.9')).json()).toMatchObject({ statusCode: 404, code: 'TOOLBOX_VERSION_NOT_FOUND' });
    expect((await list(dev, 'notes', '1.1.0')).json()).toMatchObject({ total: 0 });
  });

  it('lets the owner of an app with no approved version use its collections, and nobody else', async () => {
    await publish(t.app, dev, 'fresh-app', '0.1.0', { collections: { notes } });
    const url = '/api/apps/fresh-app/data/notes';
    const asOwner = await t.app.inject({ method: 'POST', url, headers: { ...dev.headers, 'x-toolbox-version': '0.1.0' }, payload: { text: 'hi' } });
    expect(asOwner.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url, headers: dev.headers, payload: { text: 'hi' } })).statusCode).toBe(404);
    const asAdmin = await t.app.inject({ url, headers: { ...admin.headers, 'x-toolbox-version': '0.1.0' } });
    expect(asAdmin.json()).toMatchObject({ code: 'TOOLBOX_COLLECTION_NOT_FOUND' });
  });
});

describe.each(testEngines)('review before live: reviewers open the admin console (%s)', (engine) => {
  let t: TestApp;
  afterEach(async () => t.close());

  it("lists the console, with the visibility of its own manifest, to reviewers and admins and to no one else", async () => {
    t = await createTestApp({ engine, trustedUnits: [] });
    const [admin, reviewer, staff, dev] = (await Promise.all(['admin', 'reviewer', 'staff', 'dev'].map((u) => login(t.app, u)))) as Session[] as [Session, Session, Session, Session];
    const manifest = JSON.parse(readFileSync(new URL('../../../plugins/admin-console/toolbox.manifest.json', import.meta.url), 'utf8')) as Manifest;
    expect((await publish(t.app, admin, manifest.id, '1.0.0', { visibility: manifest.visibility })).statusCode).toBe(201);
    expect((await review(t.app, reviewer, manifest.id, '1.0.0', 'approve')).statusCode).toBe(200);
    for (const who of [admin, reviewer]) expect((await catalog(t, who)).map((i) => i.id)).toContain('admin-console');
    for (const who of [staff, dev]) expect((await catalog(t, who)).map((i) => i.id)).not.toContain('admin-console');
  });
});
