import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepStaging } from '../src/publish/sweepStaging.ts';
import { createTestApp, type TestApp } from './helpers/createTestApp.ts';
import { makeHostDir } from './helpers/hostDir.ts';
import { login } from './helpers/login.ts';
import { publishApp } from './helpers/bundles.ts';

describe('serving the host, the docs and security headers', () => {
  let t: TestApp;
  let hostDir: string;
  beforeEach(async () => {
    hostDir = makeHostDir({ 'index.html': '<!doctype html><title>工具箱</title><div id="root"></div>', 'assets/main-abc123.js': 'console.log("host")' });
    t = await createTestApp({ engine: 'sqlite', hostDir });
  });
  afterEach(async () => {
    await t.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  it('serves the host at / and falls back to index.html for app routes, not for assets, /api or /bundles', async () => {
    const root = await t.app.inject({ url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('工具箱');
    const deep = await t.app.inject({ url: '/app/visit-log', headers: { accept: 'text/html' } });
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-type']).toMatch(/^text\/html/);
    expect(deep.body).toContain('<div id="root">');
    const asset = await t.app.inject({ url: '/assets/main-abc123.js' });
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
    const missingChunk = await t.app.inject({ url: '/assets/gone-999.js' });
    expect(missingChunk.statusCode).toBe(404);
    expect(missingChunk.json().code).toBe('TOOLBOX_NOT_FOUND');
    expect((await t.app.inject({ url: '/api/nope' })).json().code).toBe('TOOLBOX_NOT_FOUND');
    expect((await t.app.inject({ url: '/bundles/nope/1.0.0/x' })).json().code).toBe('TOOLBOX_FILE_NOT_FOUND');
  });

  it('serves the host\'s hashed assets from memory with an ETag, and keeps other files with @fastify/static', async () => {
    writeFileSync(join(hostDir, 'assets', 'data-abc.bin'), Buffer.from([1, 2, 3]));
    const first = await t.app.inject({ url: '/assets/main-abc123.js' });
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe('console.log("host")');
    expect(first.headers).toMatchObject({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' });
    // A name holds the same bytes for good (Vite hashes content), so once read it is sent from memory.
    rmSync(join(hostDir, 'assets', 'main-abc123.js'));
    const again = await t.app.inject({ url: '/assets/main-abc123.js' });
    expect(again.body).toBe('console.log("host")');
    expect((await t.app.inject({ url: '/assets/main-abc123.js', headers: { 'if-none-match': String(first.headers.etag) } })).statusCode).toBe(304);
    const head = await t.app.inject({ method: 'HEAD', url: '/assets/main-abc123.js' });
    expect(head.statusCode).toBe(200);
    const other = await t.app.inject({ url: '/assets/data-abc.bin' });
    expect(other.statusCode).toBe(200);
    expect(other.rawPayload).toEqual(Buffer.from([1, 2, 3]));
    for (const url of ['/assets/..%2findex.html', '/assets/a/..%2f..%2fapi', '/assets/']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe('TOOLBOX_NOT_FOUND');
    }
  });

  it('publishes OpenAPI at /api/docs with the routes', async () => {
    const spec = (await t.app.inject({ url: '/api/docs/json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of ['/api/catalog', '/api/apps/{id}/versions', '/api/auth/login', '/api/apps/{id}/deprecate']) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    expect((await t.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
  });

  it("sets helmet headers and the desktop's CSP (script from itself, test/serving/csp.test.ts), and answers CORS preflight for bundles", async () => {
    const res = await t.app.inject({ url: '/' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/bundles/a/1.0.0/remoteEntry.js', headers: { origin: 'http://elsewhere.test', 'access-control-request-method': 'GET' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
  });

  it('serves over a real socket: catalog then bundle', async () => {
    const dev = await login(t.app, 'dev');
    await publishApp(t.app, dev.headers, 'net-app');
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const catalog = await fetch(`${address}/api/catalog`, { headers: dev.headers });
    const { items } = (await catalog.json()) as { items: { entry: string }[] };
    expect(items[0]!.entry).toBe(`${address}/bundles/net-app/1.0.0/remoteEntry.js`);
    const entry = await fetch(items[0]!.entry);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await entry.text()).toContain('net-app');
  });
});

describe('behind a load balancer', () => {
  it('builds entry URLs from X-Forwarded-Proto/Host only when trustProxy is set', async () => {
    for (const trustProxy of [true, false]) {
      const t = await createTestApp({ engine: 'sqlite', trustProxy });
      try {
        const dev = await login(t.app, 'dev');
        await publishApp(t.app, dev.headers, 'lb-app');
        const headers = { ...dev.headers, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'toolbox.changning.gov.cn' };
        const [item] = (await t.app.inject({ url: '/api/catalog', headers })).json().items;
        expect(item.entry).toBe(
          trustProxy ? 'https://toolbox.changning.gov.cn/bundles/lb-app/1.0.0/remoteEntry.js' : 'http://localhost:80/bundles/lb-app/1.0.0/remoteEntry.js',
        );
      } finally {
        await t.close();
      }
    }
  });
});

describe('start-up', () => {
  it('sweeps staging directories an hour old, and keeps younger ones where other instances share the data dir', async () => {
    const { utimesSync } = await import('node:fs');
    const dataDir = mkdtempSync(join(tmpdir(), 'toolbox-data-'));
    mkdirSync(join(dataDir, '.tmp', 'old', 'raw'), { recursive: true });
    writeFileSync(join(dataDir, '.tmp', 'old', 'raw', 'x.js'), 'x');
    mkdirSync(join(dataDir, '.tmp', 'fresh'), { recursive: true });
    // Both ages are set from this process's clock, which the server compares them with: the file system's own clock
    // may differ from it (under `pnpm test:clock`, libfaketime moves the process's clock, not the kernel's).
    const now = new Date();
    const past = new Date(now.getTime() - 2 * 3600 * 1000);
    utimesSync(join(dataDir, '.tmp', 'old'), past, past);
    utimesSync(join(dataDir, '.tmp', 'fresh'), now, now);
    // The rule for PostgreSQL (several instances); on SQLite the start-up removes every staging folder
    // (test/publish/crashConsistentPublish.test.ts covers both through a real start).
    try {
      await sweepStaging(dataDir, now, false);
      const { readdirSync } = await import('node:fs');
      expect(readdirSync(join(dataDir, '.tmp'))).toEqual(['fresh']);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
