import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFiles, makeManifest, multipart, tgzOf } from '../helpers/bundles.ts';
import { catalog } from '../helpers/catalog.ts';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import type { TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { publish, review, rollback, versionsOf } from '../review-before-live/support.ts';

/** A publish with extra form fields sent before the file, or a query string. */
function publishWith(t: TestApp, who: Session, id: string, version: string, opts: { query?: string; fields?: Record<string, string>; overrides?: object; extra?: Record<string, string> } = {}) {
  const archive = tgzOf(appFiles(makeManifest(id, { version, ...opts.overrides }), { extra: opts.extra }));
  const body = multipart(archive, 'bundle.tgz');
  let payload = body.payload;
  if (opts.fields) {
    const boundary = body.headers['content-type']!.split('boundary=')[1]!;
    const head = Object.entries(opts.fields)
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join('');
    payload = Buffer.concat([Buffer.from(head), payload]);
  }
  return t.app.inject({ method: 'POST', url: `/api/apps/${id}/versions${opts.query ?? ''}`, headers: { ...who.headers, ...body.headers }, payload });
}

describe.each(testEngines)('safe publishing (%s)', (engine) => {
  const t = appPerTest({ engine, trustedUnits: [] });
  const [dev, admin, staff] = signedInPerTest(t, 'dev', 'admin', 'staff');

  // Bundle folders exist on SQLite only (PostgreSQL keeps files in the database): none but 1.0.0's may appear.
  const extraFolders = (app: string) => (existsSync(join(t.dataDir, app)) ? readdirSync(join(t.dataDir, app)) : []).filter((v) => v !== '1.0.0');
  const live = async (id: string, version: string) => {
    expect((await publish(t.app, dev, id, version)).statusCode).toBe(201);
    expect((await review(t.app, admin, id, version, 'approve')).statusCode).toBe(200);
  };

  it('refuses a version lower than the current one with TOOLBOX_VERSION_NOT_NEWER naming both, and stores nothing', async () => {
    await live('visit-log', '1.0.0');
    const lower = await publish(t.app, dev, 'visit-log', '0.2.0');
    expect(lower.statusCode).toBe(409);
    expect(lower.json()).toMatchObject({ statusCode: 409, code: 'TOOLBOX_VERSION_NOT_NEWER', error: 'Conflict' });
    expect(lower.json().message).toContain('0.2.0');
    expect(lower.json().message).toContain('1.0.0 (the current version)');
    expect(lower.json().message).toContain('manifest/version');
    expect((await versionsOf(t.app, dev, 'visit-log')).map((v) => v.version)).toEqual(['1.0.0']);
    expect(extraFolders('visit-log')).toEqual([]);
    // The same version stays a plain "exists" (immutable versions), with its own code.
    expect((await publish(t.app, dev, 'visit-log', '1.0.0')).json().code).toBe('TOOLBOX_VERSION_EXISTS');
    // Pre-releases order below their release.
    expect((await publish(t.app, dev, 'visit-log', '1.0.0-beta.1')).json().code).toBe('TOOLBOX_VERSION_NOT_NEWER');
    expect((await publish(t.app, dev, 'visit-log', '1.0.1')).statusCode).toBe(201);
  });

  it('lets a lower version through with allowOlder, as a query parameter or a form field', async () => {
    await live('visit-log', '1.0.0');
    const byQuery = await publishWith(t, dev, 'visit-log', '0.9.0', { query: '?allowOlder=1' });
    expect(byQuery.statusCode).toBe(201);
    const byField = await publishWith(t, dev, 'visit-log', '0.9.1', { fields: { allowOlder: 'true' } });
    expect(byField.statusCode).toBe(201);
    const bad = await publishWith(t, dev, 'visit-log', '0.9.2', { query: '?allowOlder=yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('allowOlder');
  });

  it('counts a pending version and an approved one left behind by a rollback, not a rejected one', async () => {
    await live('visit-log', '1.0.0');
    expect((await publish(t.app, dev, 'visit-log', '1.2.0')).statusCode).toBe(201);
    const belowPending = await publish(t.app, dev, 'visit-log', '1.1.0');
    expect(belowPending.json()).toMatchObject({ code: 'TOOLBOX_VERSION_NOT_NEWER' });
    expect(belowPending.json().message).toContain('1.2.0 (a version pending review)');

    expect((await review(t.app, admin, 'visit-log', '1.2.0', 'approve')).statusCode).toBe(200);
    expect((await rollback(t.app, dev, 'visit-log', '1.0.0')).statusCode).toBe(200);
    const belowApproved = await publish(t.app, dev, 'visit-log', '1.1.0');
    expect(belowApproved.json().message).toContain('1.2.0 (an approved version)');

    expect((await publish(t.app, dev, 'visit-log', '2.0.0')).statusCode).toBe(201);
    expect((await review(t.app, admin, 'visit-log', '2.0.0', 'reject', { reason: '不通过' })).statusCode).toBe(200);
    expect((await publish(t.app, dev, 'visit-log', '1.3.0')).statusCode).toBe(201);
  });

  it('dry run: every check, the diff against the current version, and nothing stored', async () => {
    await live('visit-log', '1.0.0');
    const before = await t.app.db.selectFrom('audit_log').select('id').execute();
    const generation = await t.app.db.selectFrom('catalog_state').select('generation').executeTakeFirstOrThrow();
    const res = await publishWith(t, dev, 'visit-log', '1.1.0', {
      query: '?dryRun=1',
      overrides: {
        name: { 'zh-CN': '走访记录（新）' },
        visibility: { units: ['xinjingzhen'] },
        collections: { visits: { type: 'object', properties: { note: { type: 'string' } } } },
      },
      extra: { 'assets/new.js': 'export const x = 1;\n' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: true, app: 'visit-log', version: '1.1.0', base: '1.0.0', status: 'pending' });
    expect(body.diff.name).toEqual({ from: { 'zh-CN': '测试应用 visit-log', en: 'Test app visit-log' }, to: { 'zh-CN': '走访记录（新）' } });
    expect(body.diff.visibility).toEqual({ from: { units: [], roles: [] }, to: { units: ['xinjingzhen'], roles: [] } });
    expect(body.diff.collections.added).toEqual([{ name: 'visits', schema: { type: 'object', properties: { note: { type: 'string' } } } }]);
    expect(body.diff.files.added).toEqual([{ path: 'assets/new.js', size: 20 }]);
    // The random wasm and the manifest differ; the entry's text names the version.
    expect(body.diff.files.changed.map((f: { path: string }) => f.path)).toEqual(['assets/blob.wasm', 'remoteEntry.js', 'toolbox.manifest.json']);
    expect(body.diff.files.changed[1]).toMatchObject({ fromSize: expect.any(Number), toSize: expect.any(Number) });
    expect(body.diff.files.changed[1].toSize).toBeGreaterThan(0);

    expect((await versionsOf(t.app, dev, 'visit-log')).map((v) => v.version)).toEqual(['1.0.0']);
    expect(extraFolders('visit-log')).toEqual([]);
    expect(readdirSync(join(t.dataDir, '.tmp'))).toEqual([]);
    expect(await t.app.db.selectFrom('audit_log').select('id').execute()).toHaveLength(before.length);
    expect(await t.app.db.selectFrom('catalog_state').select('generation').executeTakeFirstOrThrow()).toEqual(generation);

    // A dry run refuses what the publish would refuse.
    const lower = await publishWith(t, dev, 'visit-log', '0.1.0', { query: '?dryRun=1' });
    expect(lower.json().code).toBe('TOOLBOX_VERSION_NOT_NEWER');
    const other = await login(t.app, 'staff');
    expect((await publishWith(t, other, 'visit-log', '1.1.0', { query: '?dryRun=1' })).statusCode).toBe(403);
    // The first version of a new app: everything is added.
    const first = await publishWith(t, dev, 'brand-new', '1.0.0', { fields: { dryRun: '1' } });
    expect(first.json()).toMatchObject({ dryRun: true, base: null, diff: { name: { from: null } } });
    expect(first.json().diff.files.added.length).toBeGreaterThan(3);
    expect((await t.app.inject({ url: '/api/apps/brand-new', headers: dev.headers })).statusCode).toBe(404);
  });

  it('rollback restores the version\'s own name and visibility (an app no longer stays hidden from staff)', async () => {
    await live('visit-log', '1.0.0');
    expect((await catalog(t, staff)).map((i) => [i.id, i.name['zh-CN']])).toEqual([['visit-log', '测试应用 visit-log']]);
    expect((await publish(t.app, dev, 'visit-log', '2.0.0', { name: { 'zh-CN': '走访试点' }, visibility: { units: ['xinjingzhen'] } })).statusCode).toBe(201);
    expect((await review(t.app, admin, 'visit-log', '2.0.0', 'approve')).statusCode).toBe(200);
    expect(await catalog(t, staff)).toEqual([]);

    const back = await rollback(t.app, dev, 'visit-log', '1.0.0');
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ currentVersion: '1.0.0', name: { 'zh-CN': '测试应用 visit-log' } });
    expect((await catalog(t, staff)).map((i) => [i.id, i.version, i.name['zh-CN']])).toEqual([['visit-log', '1.0.0', '测试应用 visit-log']]);

    // Forward again: the newer version's fields come back with it.
    expect((await rollback(t.app, dev, 'visit-log', '2.0.0')).statusCode).toBe(200);
    expect(await catalog(t, staff)).toEqual([]);
  });

  it('keeps an edit of the app with the version current at the time', async () => {
    await live('visit-log', '1.0.0');
    const edit = await t.app.inject({ method: 'PATCH', url: '/api/apps/visit-log', headers: dev.headers, payload: { owner: { unit: 'ops-centre', contact: '新联系人 021-11111111' } } });
    expect(edit.statusCode).toBe(200);
    await live('visit-log', '1.1.0');
    expect((await catalog(t, staff))[0]!.owner.contact).toBe('李开发 021-00000000');
    expect((await rollback(t.app, dev, 'visit-log', '1.0.0')).statusCode).toBe(200);
    expect((await catalog(t, staff))[0]!.owner.contact).toBe('新联系人 021-11111111');
  });
});
