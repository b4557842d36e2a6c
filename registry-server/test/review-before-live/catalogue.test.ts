import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogItem } from '@toolbox/sdk';
import { makeManifest, publishExternal } from '../helpers/bundles.ts';
import { catalog } from '../helpers/catalog.ts';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { testEngines } from '../helpers/engines.ts';
import type { Session } from '../helpers/login.ts';
import { publish, review } from './support.ts';

describe.each(testEngines)('review before live: catalogue, files and diff (%s)', (engine) => {
  const t = appPerTest({ engine, trustedUnits: [] });
  const [dev, admin, reviewer, staff] = signedInPerTest(t, 'dev', 'admin', 'reviewer', 'staff');
  beforeEach(async () => {
    // visit-log: 1.0.0 approved and current, 1.1.0 pending. fresh-app: only a pending 0.1.0.
    await publish(t.app, dev, 'visit-log', '1.0.0');
    await review(t.app, admin, 'visit-log', '1.0.0', 'approve');
    await publish(t.app, dev, 'visit-log', '1.1.0', { collections: { visits: { type: 'object', properties: { n: { type: 'integer' } } } } }, { 'assets/new.js': 'export {}' });
    await publish(t.app, dev, 'fresh-app', '0.1.0');
  });

  const file = (path: string, who?: Session) => t.app.inject({ url: `/bundles/${path}`, headers: who?.headers ?? {} });

  it('never names a pending version in the catalogue of staff, admins or reviewers', async () => {
    for (const who of [staff, admin, reviewer]) {
      const items = await catalog(t, who);
      expect(items.map((i) => [i.id, i.version])).toEqual([['visit-log', '1.0.0']]);
      expect(JSON.stringify(items)).not.toContain('1.1.0');
      expect(JSON.stringify(items)).not.toContain('fresh-app');
    }
  });

  it('gives the owner a marked "try" entry of each pending version, and an item of its own for an app with none approved', async () => {
    const items = await catalog(t, dev);
    const visit = items.find((i) => i.id === 'visit-log')!;
    expect(visit).toMatchObject({ version: '1.0.0', entry: 'http://toolbox.test:4173/bundles/visit-log/1.0.0/remoteEntry.js' });
    expect(visit.pendingOnly).toBeUndefined();
    expect(visit.pending).toMatchObject({
      version: '1.1.0',
      entry: 'http://toolbox.test:4173/bundles/visit-log/1.1.0/remoteEntry.js',
      sdk: '^1.0.0',
      publishedAt: t.clock.now().toISOString(),
    });
    expect(visit.pending!.integrity).toMatch(/^sha256-/);
    const fresh = items.find((i) => i.id === 'fresh-app')!;
    expect(fresh).toMatchObject({ pendingOnly: true, version: '0.1.0', previous: [], pending: { version: '0.1.0' } });

    // Once approved, the entry is the app's own for everyone it is visible to, and the owner's try entry is gone.
    await review(t.app, reviewer, 'visit-log', '1.1.0', 'approve');
    const after = (await catalog(t, staff))[0] as CatalogItem;
    expect(after).toMatchObject({ version: '1.1.0', previous: [{ version: '1.0.0' }] });
    expect((await catalog(t, dev)).find((i) => i.id === 'visit-log')!.pending).toBeUndefined();
  });

  it('never offers a pending or rejected version as a fallback', async () => {
    await review(t.app, admin, 'visit-log', '1.1.0', 'reject', { reason: '不行' });
    await publish(t.app, dev, 'visit-log', '1.2.0');
    await review(t.app, admin, 'visit-log', '1.2.0', 'approve');
    expect((await catalog(t, staff))[0]).toMatchObject({ version: '1.2.0', previous: [{ version: '1.0.0' }] });
    expect((await catalog(t, staff))[0]!.previous).toHaveLength(1);
  });

  it("serves a pending version's files only to its owner (and admins, reviewers), never cached; approved ones stay public", async () => {
    for (const who of [undefined, staff]) {
      const res = await file('visit-log/1.1.0/remoteEntry.js', who);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'TOOLBOX_FILE_NOT_FOUND' });
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect((await file('fresh-app/0.1.0/remoteEntry.js', who)).statusCode).toBe(404);
    }
    for (const who of [dev, admin, reviewer]) {
      const res = await file('visit-log/1.1.0/remoteEntry.js', who);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('1.1.0');
      expect(res.headers['cache-control']).toBe('private, no-store');
    }
    const approved = await file('visit-log/1.0.0/remoteEntry.js');
    expect(approved.statusCode).toBe(200);
    expect(approved.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    await review(t.app, admin, 'visit-log', '1.1.0', 'approve');
    const now = await file('visit-log/1.1.0/remoteEntry.js', staff);
    expect(now.statusCode).toBe(200);
    expect(now.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('diffs a version against the current one for admins, reviewers and the owner only', async () => {
    const res = await t.app.inject({ url: '/api/apps/visit-log/versions/1.1.0/diff', headers: reviewer.headers });
    expect(res.statusCode).toBe(200);
    const diff = res.json();
    expect(diff).toMatchObject({
      base: '1.0.0',
      version: '1.1.0',
      name: { from: { 'zh-CN': '测试应用 visit-log' }, to: { 'zh-CN': '测试应用 visit-log' } },
      visibility: { from: { units: [], roles: [] }, to: { units: [], roles: [] } },
      entry: { from: { kind: 'bundle', entry: 'remoteEntry.js', origin: null }, to: { kind: 'bundle', entry: 'remoteEntry.js', origin: null } },
      collections: { added: [{ name: 'visits', schema: { type: 'object', properties: { n: { type: 'integer' } } } }], removed: [], changed: [] },
    });
    expect(diff.files.added).toEqual([{ path: 'assets/new.js', size: 9 }]);
    const changedPaths = diff.files.changed.map((c: { path: string }) => c.path);
    expect(changedPaths).toContain('remoteEntry.js');
    expect(diff.files.changed.find((c: { path: string }) => c.path === 'remoteEntry.js')).toMatchObject({ fromSize: expect.any(Number), toSize: expect.any(Number) });
    expect(diff.files.unchanged).toBeGreaterThan(0);

    const first = (await t.app.inject({ url: '/api/apps/fresh-app/versions/0.1.0/diff', headers: dev.headers })).json();
    expect(first).toMatchObject({ base: null, name: { from: null }, visibility: { from: null }, entry: { from: null }, files: { removed: [], changed: [], unchanged: 0 } });
    expect(first.files.added.length).toBeGreaterThan(0);

    expect((await t.app.inject({ url: '/api/apps/visit-log/versions/1.1.0/diff', headers: staff.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/apps/visit-log/versions/1.1.0/diff' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/apps/visit-log/versions/9.0.0/diff', headers: admin.headers })).json().code).toBe('TOOLBOX_VERSION_NOT_FOUND');
  });

  it('gives the origin of an external entry in the diff', async () => {
    const res = await publishExternal(t.app, dev.headers, 'far-app', makeManifest('far-app', { version: '1.0.0' }), 'https://apps.example.org/far/remoteEntry.js');
    expect(res.statusCode).toBe(201);
    const diff = (await t.app.inject({ url: '/api/apps/far-app/versions/1.0.0/diff', headers: admin.headers })).json();
    expect(diff.entry).toEqual({ from: null, to: { kind: 'external', entry: 'https://apps.example.org/far/remoteEntry.js', origin: 'https://apps.example.org' } });
  });
});
