// The API contract (@toolbox/sdk/api) is complete: every route the server registers declares the response of its
// success status, and the OpenAPI document at /api/docs names every route. Routes that serve files rather than JSON
// are listed below with the reason; a new route must either declare its schemas in the contract or be added there.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/createTestApp.ts';
import { makeHostDir } from './helpers/hostDir.ts';

/** `METHOD url` of routes without a JSON contract, and why. */
const FILE_ROUTES: Record<string, string> = {
  'GET /bundles/:app/:version/*': 'published files (JS, CSS, images) with immutable cache headers',
  'OPTIONS /bundles/*': 'CORS preflight for published files',
  'GET /assets/*': "the desktop's hashed assets",
  'GET /*': "the desktop's index.html and its other static files",
  'GET /api/docs/': 'the Swagger UI page (@fastify/swagger-ui)',
  'GET /api/docs/static/index.html': 'the Swagger UI page',
  'GET /api/docs/static/swagger-initializer.js': 'the Swagger UI script',
  'GET /api/docs/static/*': 'the Swagger UI static files',
  'GET /api/docs/json': 'the OpenAPI document itself',
  'GET /api/docs/yaml': 'the OpenAPI document itself',
};

interface Route {
  key: string;
  method: string;
  url: string;
  response: Record<string, unknown> | undefined;
}

let t: TestApp;
let hostDir: string;
let routes: Route[];
beforeAll(async () => {
  hostDir = makeHostDir({ 'index.html': '<!doctype html><title>工具箱</title>', 'assets/main-abc123.js': 'console.log("host")' });
  t = await createTestApp({ engine: 'sqlite', hostDir });
  await t.app.ready();
  routes = t.app.registeredRoutes.flatMap((r) =>
    (Array.isArray(r.method) ? r.method : [r.method])
      .filter((m) => m !== 'HEAD')
      .map((method) => ({ key: `${method} ${r.url}`, method, url: r.url, response: r.schema?.response as Record<string, unknown> | undefined })),
  );
});
afterAll(async () => {
  await t?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

const isSuccess = (status: string) => /^(2\d\d|2xx|3\d\d)$/.test(status);

describe('the API contract', () => {
  it('sees the routes of every area (the list is not empty by mistake)', () => {
    const keys = routes.map((r) => r.key);
    for (const key of ['GET /api/apps', 'POST /api/auth/login', 'GET /api/reviews/:year', 'POST /api/org/import', 'DELETE /api/tokens/:tokenId', 'GET /bundles/:app/:version/*']) {
      expect(keys).toContain(key);
    }
    expect(routes.length).toBeGreaterThan(60);
  });

  it('every JSON route declares the response of its success status and the error body', () => {
    const missing: string[] = [];
    for (const route of routes) {
      if (route.key in FILE_ROUTES) continue;
      const statuses = Object.keys(route.response ?? {});
      if (!statuses.some(isSuccess)) missing.push(`${route.key}: no success response`);
      else if (!statuses.includes('4xx')) missing.push(`${route.key}: no 4xx error body`);
    }
    expect(missing).toEqual([]);
  });

  it('lists only routes that exist among the exemptions', () => {
    const keys = new Set(routes.map((r) => r.key));
    expect(Object.keys(FILE_ROUTES).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('/api/docs names every JSON route with its responses', async () => {
    const spec = (await t.app.inject({ url: '/api/docs/json' })).json<{ paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> }>();
    const missing: string[] = [];
    for (const route of routes) {
      if (route.key in FILE_ROUTES) continue;
      const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const operation = spec.paths[path]?.[route.method.toLowerCase()];
      if (!operation) missing.push(`${route.key}: not in the OpenAPI document`);
      else if (!Object.keys(operation.responses ?? {}).some((s) => isSuccess(s))) missing.push(`${route.key}: no success response documented`);
    }
    expect(missing).toEqual([]);
  });
});
