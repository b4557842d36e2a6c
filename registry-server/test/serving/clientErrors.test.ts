// Requests refused before any route runs (by Fastify's router or Node's HTTP parser) still answer in the TOOLBOX_*
// shape with a stable code.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { login } from '../helpers/login.ts';

let t: TestApp;
let port: number;

beforeAll(async () => {
  t = await createTestApp({ engine: 'sqlite' });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

/** A raw HTTP request on loopback, so Node's parser (not inject) sees it. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('errors before the routes', () => {
  it('a 5 KB app id answers 414 TOOLBOX_URI_TOO_LONG (signed in or not)', async () => {
    const staff = await login(t.app, 'staff');
    for (const headers of [{}, staff.headers]) {
      const res = await t.app.inject({ url: `/api/apps/${'a'.repeat(5000)}`, headers });
      expect(res.statusCode).toBe(414);
      expect(res.json()).toEqual({ statusCode: 414, code: 'TOOLBOX_URI_TOO_LONG', error: 'URI Too Long', message: expect.stringContaining('url:') });
    }
    const data = await t.app.inject({ method: 'POST', url: `/api/apps/visit-log/data/${'x'.repeat(5000)}`, headers: staff.headers, payload: {} });
    expect(data.json()).toMatchObject({ statusCode: 414, code: 'TOOLBOX_URI_TOO_LONG' });
  });

  it('a long file path under /bundles/ is not a parameter: 404 for a missing file, not 414', async () => {
    const res = await t.app.inject({ url: `/bundles/visit-log/1.0.0/assets/${'x'.repeat(300)}.js` });
    expect(res.json()).toMatchObject({ statusCode: 404, code: 'TOOLBOX_FILE_NOT_FOUND' });
  });

  it('a malformed URL answers 400 TOOLBOX_BAD_REQUEST', async () => {
    const res = await t.app.inject({ url: '/api/apps/%E0%A4%A' });
    expect(res.json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_BAD_REQUEST' });
  });

  it('headers over 16 KiB answer 431 TOOLBOX_HEADERS_TOO_LARGE over real HTTP', async () => {
    const res = await get('/api/me', { 'x-filler': 'x'.repeat(20_000) });
    expect(res.status).toBe(431);
    expect(res.type).toContain('application/json');
    expect(JSON.parse(res.body)).toEqual({
      statusCode: 431,
      code: 'TOOLBOX_HEADERS_TOO_LARGE',
      error: 'Request Header Fields Too Large',
      message: expect.stringContaining('headers:'),
    });
  });

  it('a 20 KB URL (past the parser) answers 431 in the same shape, a 5 KB one 414', async () => {
    const long = await get(`/api/apps/${'a'.repeat(20_000)}`);
    expect(JSON.parse(long.body)).toMatchObject({ statusCode: 431, code: 'TOOLBOX_HEADERS_TOO_LARGE' });
    const mid = await get(`/api/apps/${'a'.repeat(5000)}`);
    expect(mid.status).toBe(414);
    expect(JSON.parse(mid.body)).toMatchObject({ statusCode: 414, code: 'TOOLBOX_URI_TOO_LONG' });
  });
});
