// GET /api/apps showed every app, hidden ones included, with its yearly cost and the owner's contact, to any
// signed-in user. Now an app is named only to those who may open it (and admins, reviewers, its owner); the cost
// only to admins and the owner.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeManifest } from '../helpers/bundles.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

type Listed = { id: string; annualCost?: number | null; owner: { contact?: string } };

describe.each(testEngines)('who sees which app, its cost and contact (%s)', (engine) => {
  let t: TestApp;
  let admin: Session;
  let dev: Session;

  async function register(id: string, visibility: object, cost: number): Promise<void> {
    const res = await t.app.inject({ method: 'POST', url: '/api/apps', headers: dev.headers, payload: makeManifest(id, { visibility }) });
    expect(res.statusCode).toBe(201);
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/apps/${id}`, headers: admin.headers, payload: { annualCost: cost } });
    expect(patch.statusCode).toBe(200);
  }
  const list = async (s: Session) => {
    const res = await t.app.inject({ url: '/api/apps', headers: s.headers });
    expect(res.statusCode).toBe(200);
    return new Map(res.json<{ items: Listed[] }>().items.map((a) => [a.id, a]));
  };

  beforeEach(async () => {
    t = await createTestApp({ engine });
    admin = await login(t.app, 'admin');
    dev = await login(t.app, 'dev');
    await register('xinjing-only', { units: ['xinjingzhen'] }, 50_000);
    await register('for-everyone', {}, 8_000);
  });
  afterEach(async () => t.close());

  it('staff elsewhere neither list nor read a hidden app', async () => {
    const staff = await login(t.app, 'staff');
    const apps = await list(staff);
    expect(apps.has('xinjing-only')).toBe(false);
    const one = await t.app.inject({ url: '/api/apps/xinjing-only', headers: staff.headers });
    expect(one.statusCode).toBe(404);
    expect(one.json()).toMatchObject({ code: 'TOOLBOX_APP_NOT_FOUND' });
    // An app they may open: the owner's contact, never the cost.
    const open = apps.get('for-everyone')!;
    expect(open.owner.contact).toBe('李开发 021-00000000');
    expect(open).not.toHaveProperty('annualCost');
    const single = (await t.app.inject({ url: '/api/apps/for-everyone', headers: staff.headers })).json<Listed>();
    expect(single).not.toHaveProperty('annualCost');
    expect(JSON.stringify(await list(staff).then((m) => [...m.values()]))).not.toContain('50000');
  });

  it('staff the app is meant for see it with contact, without cost', async () => {
    const staff2 = await login(t.app, 'staff2');
    const hidden = (await list(staff2)).get('xinjing-only')!;
    expect(hidden.owner.contact).toBe('李开发 021-00000000');
    expect(hidden).not.toHaveProperty('annualCost');
  });

  it('the owner and admins see cost and contact of every app', async () => {
    for (const s of [admin, dev]) {
      const hidden = (await list(s)).get('xinjing-only')!;
      expect(hidden).toMatchObject({ annualCost: 50_000, owner: { contact: '李开发 021-00000000' } });
      const one = await t.app.inject({ url: '/api/apps/xinjing-only', headers: s.headers });
      expect(one.json()).toMatchObject({ annualCost: 50_000, owner: { contact: '李开发 021-00000000' } });
    }
  });
});
