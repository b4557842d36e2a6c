import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeManifest } from '../helpers/bundles.ts';
import { catalog } from '../helpers/catalog.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

// A remote deployed elsewhere, on loopback: its entry can be redeployed in place, and it has the bad cases too.
let remote: Server;
let base: string;
/** A loopback port nothing listens on (taken, then given back). */
let closedPort: number;
let entryText = 'export const get = () => "v1";\n';
beforeAll(async () => {
  remote = createServer((req, res) => {
    if (req.url === '/app/remoteEntry.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(entryText);
    if (req.url === '/big.js') {
      // No Content-Length: the registry must stop reading by itself.
      res.writeHead(200, { 'content-type': 'text/javascript' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 2 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    if (req.url === '/declared-big.js') return res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) }).end();
    if (req.url === '/moved.js') return res.writeHead(302, { location: '/app/remoteEntry.js' }).end();
    if (req.url === '/slow.js') return void setTimeout(() => res.writeHead(200).end('late'), 3000);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
  const gone = createServer();
  await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
  closedPort = (gone.address() as AddressInfo).port;
  await new Promise((resolve) => gone.close(resolve));
});
afterAll(async () => {
  remote.closeAllConnections();
  await new Promise((resolve) => remote.close(resolve));
});

const sri = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe.each(testEngines)('apps deployed elsewhere: the entry digest (%s)', (engine) => {
  let t: TestApp;
  let dev: Session;
  let staff: Session;
  beforeEach(async () => {
    entryText = 'export const get = () => "v1";\n';
    t = await createTestApp({ engine, fetchExternalEntries: true, limits: { externalEntryBytes: 256 * 1024, externalEntryTimeoutMs: 1000 } });
    [dev, staff] = (await Promise.all(['dev', 'staff'].map((u) => login(t.app, u)))) as [Session, Session];
  });
  afterEach(async () => t.close());

  const publishExternal = (entry: string, manifest: Record<string, unknown> = makeManifest('far-app') as unknown as Record<string, unknown>, extra: object = {}) =>
    t.app.inject({ method: 'POST', url: '/api/apps/far-app/versions', headers: dev.headers, payload: { manifest, entry, ...extra } });
  const versionCount = async () => (await t.app.db.selectFrom('versions').select('version').where('app_id', '=', 'far-app').execute()).length;

  it('records the sha256 of the entry at publish; the catalogue gives it to the host', async () => {
    const res = await publishExternal(`${base}/app/remoteEntry.js`);
    expect(res.statusCode).toBe(201);
    expect(res.json().version).toMatchObject({ kind: 'external', url: `${base}/app/remoteEntry.js`, integrity: sri(entryText) });
    const [item] = await catalog(t, staff);
    expect(item).toMatchObject({ id: 'far-app', entry: `${base}/app/remoteEntry.js`, integrity: sri(entryText) });

    // Redeployed in place: the recorded digest stays the old one (the host refuses the new file); a new version records it.
    entryText = 'export const get = () => "v2";\n';
    const v2 = await publishExternal(`${base}/app/remoteEntry.js`, makeManifest('far-app', { version: '1.1.0' }) as unknown as Record<string, unknown>);
    expect(v2.statusCode).toBe(201);
    const [after] = await catalog(t, staff);
    expect(after).toMatchObject({ version: '1.1.0', integrity: sri(entryText) });
    expect(after!.previous[0]).toMatchObject({ version: '1.0.0', integrity: sri('export const get = () => "v1";\n') });
  });

  it('needs no sdk range and no entry in the manifest of a remote built without the SDK', async () => {
    const { sdk: _sdk, entry: _entry, ...bare } = makeManifest('far-app');
    const res = await publishExternal(`${base}/app/remoteEntry.js`, bare as Record<string, unknown>);
    expect(res.statusCode).toBe(201);
    expect(res.json().version).toMatchObject({ sdk: '*', manifest: { entry: `${base}/app/remoteEntry.js`, sdk: '*' } });
  });

  it.each([
    ['an entry that does not answer', () => `http://127.0.0.1:${closedPort}/remoteEntry.js`, 'TOOLBOX_ENTRY_UNREACHABLE', 'ECONNREFUSED'],
    ['a 404', () => `${base}/missing.js`, 'TOOLBOX_ENTRY_UNREACHABLE', 'HTTP 404'],
    ['a redirect', () => `${base}/moved.js`, 'TOOLBOX_ENTRY_UNREACHABLE', 'redirects to /app/remoteEntry.js'],
    ['a slow answer', () => `${base}/slow.js`, 'TOOLBOX_ENTRY_UNREACHABLE', 'within 1000 ms'],
    ['an entry over the limit', () => `${base}/big.js`, 'TOOLBOX_ENTRY_TOO_LARGE', '262144 bytes'],
    ['a declared length over the limit', () => `${base}/declared-big.js`, 'TOOLBOX_ENTRY_TOO_LARGE', '262144 bytes'],
    ['a URL that is not http(s)', () => 'file:///etc/passwd', 'TOOLBOX_ENTRY_URL_INVALID', 'http(s)'],
    ['a javascript: URL', () => 'javascript:alert(1)', 'TOOLBOX_ENTRY_URL_INVALID', 'http(s)'],
  ])('refuses %s (400) and stores nothing', async (_what, url, code, words) => {
    const started = Date.now();
    const res = await publishExternal(url());
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, code, error: 'Bad Request' });
    expect(res.json().message).toContain(words);
    expect(res.json().message).toMatch(/entry/);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(await versionCount()).toBe(0);
    expect((await t.app.inject({ url: '/api/apps/far-app', headers: dev.headers })).statusCode).toBe(404);
  });

  it('dry run fetches and reports the digest, stores nothing', async () => {
    const res = await publishExternal(`${base}/app/remoteEntry.js`, undefined, { dryRun: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, version: '1.0.0', base: null, integrity: sri(entryText), diff: { entry: { to: { kind: 'external', origin: base } } } });
    expect(await versionCount()).toBe(0);
  });
});
