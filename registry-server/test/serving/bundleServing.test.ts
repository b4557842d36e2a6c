// A published file used to be served with a type by extension, .html included, with no CSP: an `evil.html` ran as a
// page of the desktop's origin with the session of whoever opened the link. Now every file has a type from the
// publish's allow-list, nosniff, and a sandboxing CSP unless it is script; anything else is a download.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../src/catalog/CatalogStore.ts';
import { appFiles, makeManifest, publishArchive, tgzOf } from '../helpers/bundles.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { writeStoredFile } from '../helpers/storedFiles.ts';

const SANDBOX = "sandbox; default-src 'none'";
const EVIL_SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/api/tokens",{method:"POST"})</script></svg>';

describe.each(testEngines)('bundle files as served (%s)', (engine) => {
  let t: TestApp;
  let admin: Session;
  const get = (path: string) => t.app.inject({ url: `/bundles/served-app/1.0.0/${path}`, headers: admin.headers });

  beforeAll(async () => {
    t = await createTestApp({ engine });
    admin = await login(t.app, 'admin');
    const dev = await login(t.app, 'dev');
    const files = appFiles(makeManifest('served-app'), {
      hashes: false,
      extra: { 'assets/app.css': 'body{}', 'assets/data.json': '{}', 'assets/evil.svg': EVIL_SVG, 'assets/font.woff2': 'wOF2', 'assets/mod.mjs': 'export {}' },
    });
    delete files['assets/blob.bin'];
    const res = await publishArchive(t.app, dev.headers, 'served-app', tgzOf(files));
    expect(res.statusCode, res.body).toBe(201);
  });
  afterAll(() => t.close());

  it('scripts: a JavaScript type and nosniff, no CSP that would hamper them', async () => {
    for (const path of ['remoteEntry.js', 'assets/mod.mjs']) {
      const res = await get(path);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBeUndefined();
    }
  });

  it.each([
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['assets/evil.svg', 'image/svg+xml'],
    ['icon.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
  ])('%s: %s, nosniff and a sandbox CSP (twice: from disk, then from memory)', async (path, type) => {
    for (let i = 0; i < 2; i++) {
      const res = await get(path);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBe(SANDBOX);
      expect(res.headers['content-disposition']).toBeUndefined();
    }
  });

  it('keeps the immutable cache headers and CORS', async () => {
    const res = await get('assets/evil.svg');
    expect(res.headers).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    });
    expect(res.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
  });

  it('a file of a type outside the list (older data) is a sandboxed download, never a page', async () => {
    // The publish refuses such files now, so this is how one from before the allow-list looks: stored and recorded.
    const html = '<script>fetch("/api/tokens",{method:"POST"})</script>';
    await writeStoredFile(t.app, 'served-app', '1.0.0', 'evil.html', html);
    const row = await t.app.db.selectFrom('versions').select('files').where('app_id', '=', 'served-app').executeTakeFirstOrThrow();
    const files = { ...(JSON.parse(row.files) as Record<string, string>), 'evil.html': createHash('sha256').update(html).digest('hex') };
    await t.app.db.transaction().execute(async (trx) => {
      await trx.updateTable('versions').set({ files: JSON.stringify(files) }).where('app_id', '=', 'served-app').execute();
      await CatalogStore.bump(trx);
    });
    const res = await get('evil.html');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toBe('attachment');
    expect(res.headers['content-security-policy']).toBe(SANDBOX);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
