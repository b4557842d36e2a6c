import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TestClock, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login } from '../helpers/login.ts';
import { makeManifest } from '../helpers/bundles.ts';
import { DEMO_APPS } from '../../src/usage/demoApps.ts';
import { seedDemoUsage } from '../../src/usage/seedDemoUsage.ts';
import type { ReviewRow } from '../../src/review/reviewTypes.ts';

describe.each(testEngines)('seedDemoUsage (%s)', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ engine, clock: new TestClock('2026-11-28T10:00:00+08:00') });
    const dev = await login(t.app, 'dev');
    const apps = [
      ...DEMO_APPS,
      { manifest: makeManifest('flood-patrol', { name: { 'zh-CN': '防汛防台巡查' }, category: '城市管理' }), entry: 'https://x.example/flood-patrol/remoteEntry.js' },
    ];
    for (const { manifest, entry } of apps) {
      const res = await t.app.inject({ method: 'POST', url: `/api/apps/${manifest.id}/versions`, headers: dev.headers, payload: { manifest, entry } });
      expect(res.statusCode).toBe(201);
    }
  });
  afterEach(async () => t.close());

  it('gives the review a weak app to retire, one with load errors, one poorly rated and a pair to merge', async () => {
    const events = await seedDemoUsage(t.app.db, { year: 2026, now: t.clock.now() });
    expect(events).toBeGreaterThan(10_000);
    const admin = await login(t.app, 'admin');
    const review = (await t.app.inject({ url: '/api/reviews/2026', headers: admin.headers })).json<{ apps: ReviewRow[]; mergeCandidates: unknown[] }>();
    const row = (id: string) => review.apps.find((a) => a.id === id)!;
    expect(row('old-ledger').recommendation).toBe('retire');
    expect(row('old-ledger').reasons[0]).toMatch(/^近6个月月活跃用户低于10人/);
    expect(row('old-ledger').daysLive).toBe(332); // its first version dated back to 1 January; live to today, 28 November
    // Usage starts on 1 January too, so no app is active on more days than it was live.
    for (const r of review.apps) expect(r.activeDays, r.id).toBeLessThanOrEqual(r.daysLive);
    expect(row('garbage-check').recommendation).toBe('improve');
    expect(row('garbage-check').loadErrorRate).toBeGreaterThan(0.1);
    expect(row('activity-signup').reasons.some((r) => r.startsWith('平均评分'))).toBe(true);
    expect(review.mergeCandidates).toContainEqual({ category: '城市管理', apps: ['flood-duty', 'flood-patrol'], overlap: expect.any(Number) });
    expect(row('flood-patrol').recommendation).toBe('keep');
  }, 90_000); // a year of synthetic usage: tens of thousands of events
});
