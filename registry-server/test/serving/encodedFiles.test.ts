import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { appFiles, makeManifest, publishArchive, tgzOf } from '../helpers/bundles.ts';
import { makeHostDir } from '../helpers/hostDir.ts';
import { login } from '../helpers/login.ts';
import { removeStoredFile } from '../helpers/storedFiles.ts';

// The host's assets and the published bundles are sent compressed to a browser that accepts it (brotli first, then
// gzip), each encoding made once and kept in memory beside the file; SRI and the hashes recorded at publish are of
// the file itself, which is what the browser has once it decodes the body.

/** A script big enough to compress (lib/encodedBody.ts sends bodies under 1 kB as they are). */
const script = (name: string) =>
  Array.from({ length: 200 }, (_, i) => `export function ${name}${i}(record) { return record.data.居民姓名 + ' ${i}'; }`).join('\n');

const decode = (encoding: string | undefined, body: Buffer) =>
  encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;

describe('compressed bundle files', () => {
  let t: TestApp;
  let files: Record<string, Buffer>;
  const url = '/bundles/zip-app/1.0.0/assets/big.js';
  beforeEach(async () => {
    t = await createTestApp({ engine: 'sqlite' });
    const dev = await login(t.app, 'dev');
    files = appFiles(makeManifest('zip-app'), { extra: { 'assets/big.js': script('field') } });
    expect((await publishArchive(t.app, dev.headers, 'zip-app', tgzOf(files))).statusCode).toBe(201);
  });
  afterEach(async () => t.close());

  it('sends brotli, else gzip, else the file as it is, each decoding to the published bytes, and varies on Accept-Encoding', async () => {
    const original = files['assets/big.js']!;
    const sent: Record<string, number> = {};
    for (const [accept, expected] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0, gzip;q=1', 'gzip'],
      ['identity', undefined],
      [undefined, undefined],
    ] as const) {
      const res = await t.app.inject({ url, headers: accept ? { 'accept-encoding': accept } : {} });
      expect(res.statusCode, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe(expected);
      expect(res.headers.vary, accept).toMatch(/accept-encoding/i);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(decode(expected, res.rawPayload).equals(original), accept).toBe(true);
      sent[expected ?? 'identity'] = res.rawPayload.length;
    }
    expect(sent.br).toBeLessThan(original.length / 3);
    expect(sent.gzip).toBeLessThan(original.length / 3);
    expect(sent.identity).toBe(original.length);
  });

  it('keeps each encoding in memory and answers 304 to the ETag of the encoding a cache holds', async () => {
    const first = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[a-f0-9]{64}-br"$/);
    // Sent from memory once made: the stored file can go.
    await removeStoredFile(t.app, 'zip-app', '1.0.0', 'assets/big.js');
    const again = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
    expect(again.statusCode).toBe(200);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    const cached = await t.app.inject({ url, headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(cached.statusCode).toBe(304);
    expect(cached.headers.etag).toBe(etag);
    expect(cached.headers.vary).toMatch(/accept-encoding/i);
  });

  it('sends small files, images and unknown types as they are', async () => {
    for (const path of ['assets/chunk-1.js', 'assets/blob.wasm']) {
      const res = await t.app.inject({ url: `/bundles/zip-app/1.0.0/${path}`, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBeUndefined();
      expect(res.rawPayload.equals(files[path]!), path).toBe(true);
    }
  });

  it('never sends a retired app, compressed or not', async () => {
    expect((await t.app.inject({ url, headers: { 'accept-encoding': 'br' } })).statusCode).toBe(200);
    const admin = await login(t.app, 'admin');
    expect((await t.app.inject({ method: 'POST', url: '/api/apps/zip-app/retire', headers: admin.headers, payload: { reason: '下线' } })).statusCode).toBe(200);
    for (const accept of ['br', 'gzip']) {
      const res = await t.app.inject({ url, headers: { 'accept-encoding': accept } });
      expect(res.statusCode, accept).toBe(410);
      expect(res.json().code).toBe('TOOLBOX_APP_RETIRED');
    }
  });
});

describe("compressed host assets", () => {
  let t: TestApp;
  let hostDir: string;
  const body = script('desktop');
  beforeEach(async () => {
    hostDir = makeHostDir({ 'index.html': '<!doctype html><title>工具箱</title><div id="root"></div>', 'assets/index-abc123.js': body });
    t = await createTestApp({ engine: 'sqlite', hostDir });
  });
  afterEach(async () => {
    await t.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  it('sends the desktop\'s script compressed, from memory once read, and 304 to its encoding\'s ETag', async () => {
    const first = await t.app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    expect(first.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(first.rawPayload).toString()).toBe(body);
    rmSync(join(hostDir, 'assets', 'index-abc123.js'));
    const gz = await t.app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(body);
    expect(gz.headers.etag).not.toBe(first.headers.etag);
    const plain = await t.app.inject({ url: '/assets/index-abc123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(body);
    const cached = await t.app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) } });
    expect(cached.statusCode).toBe(304);
  });
});
