import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { DEFAULT_REVIEW_SETTINGS } from '../../src/review/reviewSettings.ts';

describe.each(testEngines)('review settings (%s)', (engine) => {
  let t: TestApp;
  let admin: Session;
  const put = (payload: object, s: Session = admin) => t.app.inject({ method: 'PUT', url: '/api/review-settings', headers: s.headers, payload });

  beforeEach(async () => {
    t = await createTestApp({ engine });
    admin = await login(t.app, 'admin');
  });
  afterEach(async () => t.close());

  it('starts from the defaults and keeps a partial change, audited', async () => {
    const get = await t.app.inject({ url: '/api/review-settings', headers: admin.headers });
    expect(get.json()).toEqual({ settings: DEFAULT_REVIEW_SETTINGS });
    const res = await put({ settings: { minMonthlyActiveUsers: 15, weights: { trend: 0 } } });
    expect(res.statusCode).toBe(200);
    expect(res.json().settings).toMatchObject({ minMonthlyActiveUsers: 15, lookbackMonths: 6, weights: { usage: 40, trend: 0 } });
    const again = await t.app.inject({ url: '/api/review-settings', headers: admin.headers });
    expect(again.json().settings.minMonthlyActiveUsers).toBe(15);
    const audit = await t.app.db.selectFrom('audit_log').select(['action', 'actor_username']).where('action', '=', 'settings.review').execute();
    expect(audit).toEqual([{ action: 'settings.review', actor_username: 'admin' }]);
  });

  it('shares the notice days with the retirement workflow', async () => {
    await put({ noticeDays: 45 });
    const lifecycle = await t.app.inject({ url: '/api/settings/lifecycle', headers: admin.headers });
    expect(lifecycle.json().noticeDays).toBe(45);
  });

  it('refuses a wrong value naming the field, and staff with 403', async () => {
    const bad = await put({ maxLoadErrorRate: 1.5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'TOOLBOX_REVIEW_SETTINGS_INVALID', message: expect.stringContaining('settings.maxLoadErrorRate') });
    const staff = await login(t.app, 'staff');
    expect((await put({ minRating: 2 }, staff)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/review-settings', headers: staff.headers })).statusCode).toBe(403);
  });
});
