// Review settings are looked up by key: a key such as `constructor` found an inherited member instead of "unknown"
// and was stored. Every key a schema does not name is refused now, naming it, and nothing is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { DEFAULT_REVIEW_SETTINGS } from '../../src/review/reviewSettings.ts';

describe.each(testEngines)('review settings keys (%s)', (engine) => {
  let t: TestApp;
  let admin: Session;
  const put = (payload: string) =>
    t.app.inject({ method: 'PUT', url: '/api/review-settings', headers: { ...admin.headers, 'content-type': 'application/json' }, payload });
  const stored = async () => (await t.app.db.selectFrom('settings').select(['key', 'value']).execute()).map((r) => r.value).join('\n');

  beforeEach(async () => {
    t = await createTestApp({ engine });
    admin = await login(t.app, 'admin');
  });
  afterEach(async () => t.close());

  it.each([
    ['{"constructor": 5}', 'constructor'],
    ['{"toString": 1}', 'toString'],
    ['{"settings": {"hasOwnProperty": 2}}', 'hasOwnProperty'],
    ['{"settings": {"minRating": 2}, "constructor": 1}', 'constructor'],
    ['{"weights": {"constructor": 3}}', 'constructor'],
    ['{"colour": "red"}', 'colour'],
    // `__proto__` is refused by the JSON body parser, for every route, before the route's schema sees it.
    ['{"__proto__": {"minRating": 1}}', '__proto__', 'TOOLBOX_VALIDATION_FAILED'],
    ['{"settings": {"__proto__": {"minRating": 1}}}', '__proto__', 'TOOLBOX_VALIDATION_FAILED'],
  ])('refuses %s with a 400 naming the key, storing nothing', async (payload, key, code = 'TOOLBOX_REVIEW_SETTINGS_INVALID') => {
    const before = await stored();
    const res = await put(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, code, error: 'Bad Request', message: expect.stringContaining(key) });
    expect(await stored()).toBe(before);
    const get = await t.app.inject({ url: '/api/review-settings', headers: admin.headers });
    expect(get.json()).toEqual({ settings: DEFAULT_REVIEW_SETTINGS });
    const audited = await t.app.db.selectFrom('audit_log').select('action').where('action', '=', 'settings.review').execute();
    expect(audited).toEqual([]);
  });

  it('still accepts known keys, at the top level and under settings', async () => {
    expect((await put('{"minRating": 2}')).statusCode).toBe(200);
    expect((await put('{"settings": {"weights": {"trend": 5}}}')).json().settings).toMatchObject({ minRating: 2, weights: { trend: 5 } });
  });
});
