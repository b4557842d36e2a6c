import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testEngines } from './helpers/engines.ts';
import { createTestApp, type TestApp } from './helpers/createTestApp.ts';
import { login, type Session } from './helpers/login.ts';
import { appFiles, makeManifest, makeTgz, makeZip, publishApp, publishArchive, tgzOf, type TarEntry, publishExternal } from './helpers/bundles.ts';
import { countRows, listFiles } from './helpers/counts.ts';
import { refusedUnderLimits } from './helpers/publishUnderLimits.ts';

/** Every refused publish must leave the database rows and the stored files exactly as they were. */
describe.each(testEngines)('bad input is refused and changes nothing (%s)', (engine) => {
  let t: TestApp;
  let dev: Session;
  let before: { rows: Record<string, number>; files: string[]; dirs: string[] };
  /** Top-level folders (one per app) and whatever is left in the staging area. */
  const dirs = () => [
    ...readdirSync(t.dataDir).filter((d) => d !== '.tmp'),
    ...(existsSync(join(t.dataDir, '.tmp')) ? readdirSync(join(t.dataDir, '.tmp')).map((d) => `.tmp/${d}`) : []),
  ];

  beforeEach(async () => {
    t = await createTestApp({ engine, limits: { maxEntries: 20, maxUnpackedBytes: 64 * 1024 } });
    dev = await login(t.app, 'dev');
    // One published app, so "unchanged" covers an existing app and its files too.
    expect((await publishApp(t.app, dev.headers, 'base-app')).statusCode).toBe(201);
    before = { rows: await countRows(t.app), files: listFiles(t.dataDir), dirs: dirs() };
  });
  afterEach(async () => t.close());

  async function expectRefused(res: LightMyRequestResponse, status: number, code: string, messagePart?: string) {
    expect(res.statusCode, res.body).toBe(status);
    const body = res.json();
    expect(body).toMatchObject({ statusCode: status, code });
    // The error shape and nothing more; a refusal the server words in Chinese itself (messageZh) says it in Chinese.
    const keys = Object.keys(body).sort();
    expect(keys.filter((k) => k !== 'messageZh')).toEqual(['code', 'error', 'message', 'statusCode']);
    if (keys.includes('messageZh')) expect(body.messageZh).toMatch(/[\u4e00-\u9fff]/);
    if (messagePart) expect(body.message).toContain(messagePart);
    expect(await countRows(t.app)).toEqual(before.rows);
    expect(listFiles(t.dataDir)).toEqual(before.files);
    expect(dirs()).toEqual(before.dirs);
  }

  const good = () => appFiles(makeManifest('new-app'));

  it('tgz entry with ..', async () => {
    const entries = Object.entries(good()).map(([path, content]) => ({ path, content }));
    entries.push({ path: '../escape.js', content: Buffer.from('evil') });
    await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', makeTgz(entries)), 400, 'TOOLBOX_ARCHIVE_UNSAFE', '../escape.js');
  });

  it('tgz entry with an absolute path', async () => {
    const entries = Object.entries(good()).map(([path, content]) => ({ path, content }));
    entries.unshift({ path: '/tmp/toolbox-evil.js', content: Buffer.from('evil') });
    await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', makeTgz(entries)), 400, 'TOOLBOX_ARCHIVE_UNSAFE', 'absolute');
  });

  it('tgz symlink and hard link', async () => {
    for (const type of ['symlink', 'hardlink'] as const) {
      const entries: TarEntry[] = Object.entries(good()).map(([path, content]) => ({ path, content }));
      entries.push({ path: 'passwd', type, linkname: '/etc/passwd' });
      await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', makeTgz(entries)), 400, 'TOOLBOX_ARCHIVE_UNSAFE', 'link');
    }
  });

  it('zip entry with .., an absolute path, or a symlink', async () => {
    const base = Object.entries(good()).map(([path, content]) => ({ path, content }));
    for (const extra of [{ path: 'x', unsafe: '../evil.js' }, { path: 'x', unsafe: '/etc/evil.js' }, { path: 'link', mode: 0o120777, content: '/etc/passwd' }]) {
      const zip = await makeZip([...base, { ...extra, content: extra.content ?? 'evil' }]);
      await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', zip, 'dist.zip'), 400, 'TOOLBOX_ARCHIVE_UNSAFE');
    }
  });

  it('archive over the file-count limit', async () => {
    const extra = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`chunk-${i}.js`, `//${i}`]));
    const tgz = tgzOf(appFiles(makeManifest('new-app'), { extra }));
    await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', tgz), 400, 'TOOLBOX_ARCHIVE_TOO_LARGE', 'more than 20 entries');
  });

  it('archive over the unpacked-size limit (a small, highly compressed upload)', async () => {
    const tgz = tgzOf(appFiles(makeManifest('new-app'), { extra: { 'big.js': Buffer.alloc(200 * 1024, 0x61) } }));
    expect(tgz.length).toBeLessThan(64 * 1024);
    await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', tgz), 400, 'TOOLBOX_ARCHIVE_TOO_LARGE', 'bytes unpacked');
  });

  it('upload over the archive-size limit', async () => {
    const res = await refusedUnderLimits(engine, { maxArchiveBytes: 1024 }, 'new-app', tgzOf(good()));
    expect(res.json().code).toBe('TOOLBOX_ARCHIVE_TOO_LARGE');
  });

  it('not an archive, no bundle field, no manifest, manifest not JSON', async () => {
    await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', Buffer.from('just text')), 400, 'TOOLBOX_ARCHIVE_INVALID');
    const { ['toolbox.manifest.json']: _m, ...noManifest } = good();
    await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', tgzOf(noManifest)), 400, 'TOOLBOX_MANIFEST_MISSING');
    await expectRefused(
      await publishArchive(t.app, dev.headers, 'new-app', tgzOf({ ...noManifest, 'toolbox.manifest.json': '{nope' })),
      400,
      'TOOLBOX_MANIFEST_INVALID',
    );
    const wrongField = await t.app.inject({
      method: 'POST',
      url: '/api/apps/new-app/versions',
      headers: { ...dev.headers, 'content-type': 'multipart/form-data; boundary=b' },
      payload: '--b\r\nContent-Disposition: form-data; name="other"; filename="x.tgz"\r\n\r\nxx\r\n--b--\r\n',
    });
    await expectRefused(wrongField, 400, 'TOOLBOX_BUNDLE_MISSING');
  });

  it('manifest that breaks the schema: the message names the JSON path', async () => {
    const manifest = { ...makeManifest('new-app'), owner: { unit: 'ops-centre' }, scenario: 'cosmic' };
    const files = appFiles(manifest as never);
    await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', tgzOf(files)), 400, 'TOOLBOX_MANIFEST_INVALID', 'manifest/owner');
  });

  it('manifest id that differs from the app in the URL', async () => {
    await expectRefused(await publishArchive(t.app, dev.headers, 'other-app', tgzOf(good())), 400, 'TOOLBOX_MANIFEST_ID_MISMATCH', 'manifest/id');
  });

  it('file whose hash differs from the manifest, and a missing entry file', async () => {
    const files = good();
    files['remoteEntry.js'] = Buffer.from('tampered');
    await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', tgzOf(files)), 400, 'TOOLBOX_BUNDLE_HASH_MISMATCH', 'remoteEntry.js');
    const noEntry = appFiles(makeManifest('new-app', { entry: 'missing.js' }), { hashes: false });
    await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', tgzOf(noEntry)), 400, 'TOOLBOX_ENTRY_NOT_FOUND', 'missing.js');
  });

  it('unknown owner or visibility unit', async () => {
    const tgz = tgzOf(appFiles(makeManifest('new-app', { visibility: { units: ['huayanglu', 'atlantis'] } })));
    await expectRefused(await publishArchive(t.app, dev.headers, 'new-app', tgz), 400, 'TOOLBOX_UNIT_NOT_FOUND', 'manifest/visibility/units/1');
  });

  it('entry URL that is not http(s)', async () => {
    for (const entry of ['javascript:alert(1)', 'data:text/javascript,alert(1)', 'file:///etc/passwd', 'not a url']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/apps/new-app/versions', headers: dev.headers, payload: { manifest: makeManifest('new-app'), entry } });
      await expectRefused(res, 400, 'TOOLBOX_ENTRY_URL_INVALID');
    }
  });

  it('a version that already exists: 409, in both forms', async () => {
    await expectRefused(await publishApp(t.app, dev.headers, 'base-app'), 409, 'TOOLBOX_VERSION_EXISTS', '1.0.0');
    const res = await publishExternal(t.app, dev.headers, 'base-app', makeManifest('base-app'), 'https://example.cn/remoteEntry.js');
    await expectRefused(res, 409, 'TOOLBOX_VERSION_EXISTS');
  });

  it('a developer who does not own the app: 403 for publish, rollback, patch and versions', async () => {
    // A second developer, created directly: the demo has one.
    const { hashPassword } = await import('../src/auth/password.ts');
    await t.app.db
      .insertInto('users')
      .values({ id: 'dev2-id', username: 'dev2', name: '另一位开发', role: 'developer', unit_id: 'ops-centre', password_hash: await hashPassword('pw'), pins: '[]', created_at: new Date().toISOString() })
      .execute();
    before.rows.users = (before.rows.users ?? 0) + 1;
    const dev2 = await login(t.app, 'dev2', 'pw');
    before.rows.sessions = (before.rows.sessions ?? 0) + 1;
    await expectRefused(await publishApp(t.app, dev2.headers, 'base-app', { version: '2.0.0' }), 403, 'TOOLBOX_FORBIDDEN');
    await expectRefused(
      await t.app.inject({ method: 'POST', url: '/api/apps/base-app/rollback', headers: dev2.headers, payload: { version: '1.0.0' } }),
      403,
      'TOOLBOX_FORBIDDEN',
    );
    await expectRefused(await t.app.inject({ method: 'PATCH', url: '/api/apps/base-app', headers: dev2.headers, payload: { category: 'x' } }), 403, 'TOOLBOX_FORBIDDEN');
    await expectRefused(await t.app.inject({ url: '/api/apps/base-app/versions', headers: dev2.headers }), 403, 'TOOLBOX_FORBIDDEN');
  });

  it('staff who tries to write: 403', async () => {
    const staff = await login(t.app, 'staff');
    before.rows.sessions = (before.rows.sessions ?? 0) + 1;
    await expectRefused(await publishApp(t.app, staff.headers, 'staff-app'), 403, 'TOOLBOX_FORBIDDEN');
    await expectRefused(await publishApp(t.app, staff.headers, 'base-app', { version: '2.0.0' }), 403, 'TOOLBOX_FORBIDDEN');
    await expectRefused(await t.app.inject({ method: 'POST', url: '/api/apps', headers: staff.headers, payload: makeManifest('staff-app') }), 403, 'TOOLBOX_FORBIDDEN');
    await expectRefused(await t.app.inject({ method: 'POST', url: '/api/apps/base-app/retire', headers: staff.headers, payload: { reason: 'x' } }), 403, 'TOOLBOX_FORBIDDEN');
  });

  it('no session and no token: 401', async () => {
    await expectRefused(await publishApp(t.app, {}, 'base-app', { version: '2.0.0' }), 401, 'TOOLBOX_UNAUTHENTICATED');
    await expectRefused(await t.app.inject({ method: 'POST', url: '/api/apps', payload: makeManifest('anon-app') }), 401, 'TOOLBOX_UNAUTHENTICATED');
  });

  it('malformed JSON, a wrong content type and an unknown route keep the error shape', async () => {
    await expectRefused(
      await t.app.inject({ method: 'POST', url: '/api/apps', headers: { ...dev.headers, 'content-type': 'application/json' }, payload: '{"id":' }),
      400,
      'TOOLBOX_BAD_REQUEST',
    );
    await expectRefused(
      await t.app.inject({ method: 'POST', url: '/api/apps', headers: { ...dev.headers, 'content-type': 'text/csv' }, payload: 'a,b' }),
      415,
      'TOOLBOX_UNSUPPORTED_MEDIA_TYPE',
    );
    await expectRefused(await t.app.inject({ url: '/api/nothing-here', headers: dev.headers }), 404, 'TOOLBOX_NOT_FOUND');
    await expectRefused(await t.app.inject({ method: 'POST', url: '/api/apps', headers: dev.headers, payload: { id: 'Bad Id' } }), 400, 'TOOLBOX_VALIDATION_FAILED', 'body');
  });
});
