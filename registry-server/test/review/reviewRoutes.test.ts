import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TestClock, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import type { StoredEvent } from '../../src/usage/rollupEvents.ts';
import { shanghaiDayStart } from '@toolbox/sdk';
import { writeUsage } from '../../src/usage/writeUsage.ts';
import type { ReviewRow } from '../../src/review/reviewTypes.ts';
import { event, publishLive } from '../usage/usageHelpers.ts';
import { demoOrgUnits } from '../../src/seed/demoOrg.ts';

/** Opens on the 10th of every month of 2025 by synthetic users `user-<i>` of the given units. */
function monthlyOpens(appId: string, users: { id: string; unit: string }[], months = 12): StoredEvent[] {
  const out: StoredEvent[] = [];
  for (let m = 1; m <= months; m++) {
    const at = shanghaiDayStart(`2025-${String(m).padStart(2, '0')}-10`).getTime() + 10 * 3600_000;
    for (const u of users) out.push({ id: randomUUID(), appId, type: 'open', at, unitId: u.unit, userHash: u.id });
  }
  return out;
}

describe.each(testEngines)('the annual review over HTTP (%s)', (engine) => {
  let t: TestApp;
  let admin: Session;
  const review = async (year = 2025) => {
    const res = await t.app.inject({ url: `/api/reviews/${year}`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    return res.json<{ apps: ReviewRow[]; settings: { minMonthlyActiveUsers: number }; mergeCandidates: unknown[] }>();
  };

  beforeEach(async () => {
    // The apps go live early in January 2025.
    t = await createTestApp({ engine, clock: new TestClock('2025-01-06T09:00:00+08:00') });
    // Live (current, approved where review applies) from then on: usage is taken only for apps live at the event.
    for (const id of ['visit-log', 'old-ledger', 'hotline']) await publishLive(t.app, id);

    // A year: 走访 used by 30 people of four committees of 华阳路 and one of 江苏路 every month; the ledger by two.
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `user-${i}`, unit: `huayanglu-0${(i % 4) + 1}` }));
    await writeUsage(t.app.db, monthlyOpens('visit-log', [...many, { id: 'user-lone', unit: 'jiangsulu-01' }]), new Date());
    await writeUsage(t.app.db, monthlyOpens('old-ledger', many.slice(0, 2)), new Date());

    // Staff open the hotline app in January and again in December, through the API.
    for (const at of ['2025-01-15T10:00:00+08:00', '2025-12-15T10:00:00+08:00']) {
      t.clock.set(at);
      for (const who of ['staff', 'staff2']) {
        const s = await login(t.app, who);
        const res = await t.app.inject({ method: 'POST', url: '/api/usage', headers: s.headers, payload: { events: [event('hotline', 'open', t.clock.now())] } });
        expect(res.json().accepted).toBe(1);
      }
    }
    t.clock.set('2026-01-10T09:00:00+08:00');
    admin = await login(t.app, 'admin');
  });
  afterEach(async () => t.close());

  it('recommends retiring the barely used app of the fixture year, with its reason', async () => {
    const r = await review();
    const ledger = r.apps.find((a) => a.id === 'old-ledger')!;
    expect(ledger).toMatchObject({ recommendation: 'retire', activeUsers: 2, avgMonthlyActiveUsers: 2, lookbackMonthlyActiveUsers: 2 });
    expect(ledger.reasons[0]).toBe('近6个月月活跃用户低于10人（平均2人）');
    const visits = r.apps.find((a) => a.id === 'visit-log')!;
    expect(visits).toMatchObject({ recommendation: 'improve', activeUsers: 31, opens: 12 * 31, activeDays: 12, versionsPublished: 1 });
    // Five of the district's committees and streets used it every month: low coverage is its reason to improve.
    const eligible = demoOrgUnits().filter((u) => u.kind === 'street' || u.kind === 'committee').length;
    expect(visits.coverage).toEqual({ used: 5, eligible, ratio: Math.round((5 / eligible) * 1000) / 1000 });
    expect(visits.reasons[0]).toMatch(/^可见范围内每月平均5\/\d+个单位使用（10\.6%），低于30%$/);
    expect(visits.score).toBeGreaterThan(ledger.score);
  });

  it('counts a user active in January and in December once in the year: a union, not a sum', async () => {
    const hotline = (await review()).apps.find((a) => a.id === 'hotline')!;
    expect(hotline.opens).toBe(4);
    expect(hotline.activeUsers).toBe(2);
    expect(hotline.avgMonthlyActiveUsers).toBeCloseTo(4 / 12, 1);
  });

  it('suppresses breakdown cells of fewer than 3 users in the app detail', async () => {
    const res = await t.app.inject({ url: '/api/reviews/2025/apps/visit-log', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    const street = (id: string) => detail.byStreet.find((s: { unitId: string }) => s.unitId === id);
    expect(street('huayanglu')).toEqual({ unitId: 'huayanglu', unitName: '华阳路街道', activeUsers: 30, opens: 360 });
    expect(street('jiangsulu')).toEqual({ unitId: 'jiangsulu', unitName: '江苏路街道', activeUsers: null, opens: null });
    expect(street('hongqiao')).toEqual({ unitId: 'hongqiao', unitName: '虹桥街道', activeUsers: 0, opens: 0 });
    expect(detail.monthly).toHaveLength(12);
    expect(detail.monthly[0]).toEqual({ month: '2025-01', activeUsers: 31, opens: 31, loadErrors: 0 });

    const hotline = (await t.app.inject({ url: '/api/reviews/2025/apps/hotline', headers: admin.headers })).json();
    // Two people in January: the month is suppressed, its opens and load errors with it.
    expect(hotline.monthly[0]).toEqual({ month: '2025-01', activeUsers: null, opens: null, loadErrors: null });
    // Nobody in June: nothing to hide.
    expect(hotline.monthly[5]).toEqual({ month: '2025-06', activeUsers: 0, opens: 0, loadErrors: 0 });
    expect(hotline.byStreet.every((s: { activeUsers: number | null }) => s.activeUsers === null || s.activeUsers === 0)).toBe(true);
    expect(hotline.ratings).toEqual({ average: null, count: 0, items: [] });
  });

  it('exports a CSV that parses into one row per app, and the audit log of the year', async () => {
    const res = await t.app.inject({ url: '/api/reviews/2025?format=csv', headers: admin.headers });
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(res.body, { bom: true, comment: '#', columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(rows.map((r) => r['应用ID']).sort()).toEqual(['hotline', 'old-ledger', 'visit-log']);
    expect(rows.find((r) => r['应用ID'] === 'old-ledger')!['建议']).toBe('淘汰');
    expect(res.body).toContain('# 阈值：近6个月月均活跃用户不低于 10 人');

    const audit = await t.app.inject({ url: '/api/reviews/2025?format=csv&part=audit', headers: admin.headers });
    const entries = parse(audit.body, { bom: true, comment: '#', columns: true }) as Record<string, string>[];
    expect(entries.filter((e) => e['操作代码'] === 'version.publish').map((e) => e['应用ID']).sort()).toEqual(['hotline', 'old-ledger', 'visit-log']);
    expect(entries[0]!['时间（北京时间）']).toBe('2025-01-06 09:00:00');
  });

  it('is for admins only, and refuses a year not yet begun', async () => {
    const staff = await login(t.app, 'staff');
    expect((await t.app.inject({ url: '/api/reviews/2025', headers: staff.headers })).statusCode).toBe(403);
    const future = await t.app.inject({ url: '/api/reviews/2027', headers: admin.headers });
    expect(future.statusCode).toBe(400);
    expect(future.json().code).toBe('TOOLBOX_REVIEW_YEAR_INVALID');
    expect((await t.app.inject({ url: '/api/reviews/2025/apps/ghost', headers: admin.headers })).json().code).toBe('TOOLBOX_APP_NOT_FOUND');
  });
});
