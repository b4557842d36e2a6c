// The desktop and the API were served with no Content-Security-Policy. Now the desktop's HTML allows script only from
// itself and the origins of apps deployed elsewhere (read from the catalogue, refreshed by a publish), never inline;
// everything else that is not a published file gets a policy under which it can run and load nothing.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeManifest, publishExternal } from '../helpers/bundles.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { makeHostDir } from '../helpers/hostDir.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

/** `directive` of a policy, as its list of sources. */
function sources(policy: string | undefined, directive: string): string[] | undefined {
  const found = (policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === directive);
  return found?.slice(1);
}

describe.each(testEngines)('Content-Security-Policy (%s)', (engine) => {
  let t: TestApp;
  let dev: Session;
  let hostDir: string;
  const page = async (url: string) => {
    const res = await t.app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    return res;
  };

  beforeAll(async () => {
    hostDir = makeHostDir({
      'index.html': '<!doctype html><script type="module" src="/assets/index-1.js"></script><div id="root"></div>',
      'assets/index-1.js': 'export {};',
    });
    t = await createTestApp({ engine, hostDir });
    dev = await login(t.app, 'dev');
  });
  afterAll(async () => {
    await t.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  it('the desktop: script from itself only, never inline, no plugins, no <base>, framed only by itself', async () => {
    for (const url of ['/', '/index.html', '/app/visit-log']) {
      const res = await page(url);
      const policy = res.headers['content-security-policy'] as string;
      // No 'unsafe-eval': the SDK's forms check records without generating code (installCsp.ts says why).
      expect(sources(policy, 'script-src')).toEqual(["'self'"]);
      expect(sources(policy, 'connect-src')).toEqual(["'self'"]);
      expect(sources(policy, 'object-src')).toEqual(["'none'"]);
      expect(sources(policy, 'base-uri')).toEqual(["'self'"]);
      expect(sources(policy, 'frame-ancestors')).toEqual(["'self'"]);
      expect(sources(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it("an app deployed elsewhere adds its origin at once, a publish later (the catalogue's generation)", async () => {
    const before = (await page('/')).headers['content-security-policy'] as string;
    expect(before).not.toContain('apps.example.cn');
    const res = await publishExternal(t.app, dev.headers, 'far-app', makeManifest('far-app'), 'https://apps.example.cn:8443/far/remoteEntry.js');
    expect(res.statusCode, res.body).toBe(201);
    const policy = (await page('/')).headers['content-security-policy'] as string;
    for (const directive of ['script-src', 'connect-src', 'style-src', 'img-src', 'font-src']) {
      expect(sources(policy, directive)).toContain('https://apps.example.cn:8443');
    }
    expect(sources(policy, 'script-src')).toEqual(["'self'", 'https://apps.example.cn:8443']);
  });

  it('API answers, errors and the host assets: a policy under which nothing runs or loads', async () => {
    const closed = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    for (const url of ['/api/me', '/api/catalog', '/api/nothing', '/assets/index-1.js', '/api/apps/x/versions']) {
      const res = await t.app.inject({ url, headers: dev.headers });
      expect(res.headers['content-security-policy'], url).toBe(closed);
    }
  });
});

describe.each(testEngines)('Content-Security-Policy: who an app deployed elsewhere widens it for (%s)', (engine) => {
  let t: TestApp;
  let hostDir: string;
  const ORIGIN = 'https://try.example.cn';
  const scriptSources = async (headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ url: '/', headers });
    return sources(res.headers['content-security-policy'] as string, 'script-src');
  };

  beforeAll(async () => {
    hostDir = makeHostDir({ 'index.html': '<!doctype html><div id="root"></div>' });
    // Nobody trusted: every version waits for review (上架审核).
    t = await createTestApp({ engine, hostDir, trustedUnits: [] });
  });
  afterAll(async () => {
    await t.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  it('a pending version widens only its owner’s policy; approved, everyone’s; retired, nobody’s', async () => {
    const [dev, staff, admin] = [await login(t.app, 'dev'), await login(t.app, 'staff'), await login(t.app, 'admin')];
    const published = await publishExternal(t.app, dev.headers, 'try-app', makeManifest('try-app'), `${ORIGIN}/remoteEntry.js`);
    expect(published.json(), published.body).toMatchObject({ version: { status: 'pending' } });
    // Unreviewed, it must not let every desktop load script from wherever a developer chose.
    expect(await scriptSources()).toEqual(["'self'"]);
    expect(await scriptSources(staff.headers)).toEqual(["'self'"]);
    expect(await scriptSources(admin.headers)).toEqual(["'self'"]);
    expect(await scriptSources(dev.headers)).toEqual(["'self'", ORIGIN]);

    const approve = await t.app.inject({ method: 'POST', url: '/api/apps/try-app/versions/1.0.0/approve', headers: admin.headers, payload: { reason: '审核通过' } });
    expect(approve.statusCode, approve.body).toBe(200);
    expect(await scriptSources()).toEqual(["'self'", ORIGIN]);

    const retire = await t.app.inject({ method: 'POST', url: '/api/apps/try-app/retire', headers: admin.headers, payload: { reason: '停用' } });
    expect(retire.statusCode, retire.body).toBe(200);
    expect(await scriptSources()).toEqual(["'self'"]);
    expect(await scriptSources(dev.headers)).toEqual(["'self'"]);
  });
});

