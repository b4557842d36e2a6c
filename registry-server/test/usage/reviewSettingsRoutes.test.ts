import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLifecycleSettings } from '../../src/apps/lifecycleSettings.ts';
import { DEFAULT_REVIEW_SETTINGS } from '../../src/review/reviewSettings.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

describe.each(testEngines)('review settings (%s)', (engine) => {
  let t: TestApp;
  let admin: Session;
  const put = (payload: unknown, s: Session = admin) =>
    t.app.inject({ method: 'PUT', url: '/api/review-settings', headers: s.headers, payload: payload as object });
  const stored = async () => (await t.app.inject({ url: '/api/review-settings', headers: admin.headers })).json().settings;

  beforeEach(async () => {
    t = await createTestApp({ engine });
    admin = await login(t.app, 'admin');
  });
  afterEach(async () => t.close());

  it('starts from the defaults and keeps a partial change, audited', async () => {
    expect(await stored()).toEqual(DEFAULT_REVIEW_SETTINGS);
    const res = await put({ settings: { minMonthlyActiveUsers: 15, weights: { trend: 0 } } });
    expect(res.statusCode).toBe(200);
    expect(res.json().settings).toMatchObject({ minMonthlyActiveUsers: 15, lookbackMonths: 6, weights: { usage: 40, trend: 0 } });
    expect((await stored()).minMonthlyActiveUsers).toBe(15);
    expect((await put({ maxCostPerActiveUser: 500, lookbackMonths: 3 })).json().settings).toMatchObject({ maxCostPerActiveUser: 500, lookbackMonths: 3, minMonthlyActiveUsers: 15 });
    expect((await put({ maxCostPerActiveUser: null })).json().settings.maxCostPerActiveUser).toBeNull();
    const audit = await t.app.db.selectFrom('audit_log').select(['action', 'actor_username']).where('action', '=', 'settings.review').execute();
    expect(audit).toHaveLength(3);
    expect(audit[0]).toEqual({ action: 'settings.review', actor_username: 'admin' });
  });

  it('is the one endpoint of the notice days, which deprecate reads', async () => {
    expect((await put({ noticeDays: 45 })).statusCode).toBe(200);
    expect(await readLifecycleSettings(t.app.db)).toEqual({ noticeDays: 45 });
    expect((await t.app.inject({ url: '/api/settings/lifecycle', headers: admin.headers })).statusCode).toBe(404);
  });

  it.each([
    [{ maxLoadErrorRate: 1.5 }, 'settings.maxLoadErrorRate: must be between 0 and 1'],
    [{ settings: { maxLoadErrorRate: -1 } }, 'settings.maxLoadErrorRate: must be between 0 and 1'],
    [{ minMonthlyActiveUsers: 'ten' }, 'settings.minMonthlyActiveUsers: must be a number'],
    [{ lookbackMonths: 1.5 }, 'settings.lookbackMonths: must be an integer'],
    [{ rawRetentionDays: 3 }, 'settings.rawRetentionDays: must be between 8 and 3650'],
    [{ noticeDays: 400 }, 'settings.noticeDays: must be between 0 and 365'],
    [{ maxCostPerActiveUser: 'a lot' }, 'settings.maxCostPerActiveUser: must be a number or null'],
    [{ weights: { usage: 2000 } }, 'settings.weights.usage: must be between 0 and 1000'],
    [{ weights: { usage: 0, coverage: 0, reliability: 0, satisfaction: 0, trend: 0 } }, 'settings.weights: at least one weight must be above 0'],
    [{ weights: 5 }, 'settings.weights: must be an object'],
    [{ colour: 'red' }, 'settings.colour: unknown setting'],
    [{ constructor: 1 }, 'settings.constructor: unknown setting'],
    [{ settings: { toString: 1 } }, 'settings.toString: unknown setting'],
    [{ weights: { fun: 1 } }, 'settings.weights.fun: unknown weight'],
    [{ settings: { minRating: 2 }, minRatings: 3 }, 'settings: send the fields at the top level or under settings, not both'],
    [[1], 'settings: must be an object'],
  ])('refuses %j with TOOLBOX_REVIEW_SETTINGS_INVALID naming the field, nothing stored', async (body, message) => {
    const res = await put(body);
    expect(res.statusCode).toBe(400);
    const { details, ...answer } = res.json();
    expect(answer).toEqual({ statusCode: 400, code: 'TOOLBOX_REVIEW_SETTINGS_INVALID', error: 'Bad Request', message: expect.stringContaining(message) });
    // Only a number out of its range names the field and the range in details (the console words it).
    if (/must be between/.test(message)) expect(details).toHaveLength(1);
    else expect(details).toBeUndefined();
    expect(await stored()).toEqual(DEFAULT_REVIEW_SETTINGS);
  });

  it.each([
    [{ noticeDays: 400 }, '/noticeDays', 'maximum', 0, 365],
    [{ settings: { maxLoadErrorRate: -1 } }, '/maxLoadErrorRate', 'minimum', 0, 1],
    [{ weights: { usage: 2000 } }, '/weights/usage', 'maximum', 0, 1000],
  ])('gives %j out of range as details: the field %s and its range', async (body, path, keyword, minimum, maximum) => {
    const res = await put(body);
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ path, keyword, params: { minimum, maximum }, message: res.json().message }]);
  });

  it('refuses staff with 403', async () => {
    const staff = await login(t.app, 'staff');
    expect((await put({ minRating: 2 }, staff)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/review-settings', headers: staff.headers })).statusCode).toBe(403);
  });
});
