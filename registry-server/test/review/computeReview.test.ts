import { describe, expect, it } from 'vitest';
import { computeReview } from '../../src/review/computeReview.ts';
import { facts, input, steadyUsage } from './reviewFixture.ts';

// 2025 reviewed on 10 January 2026: the whole year is complete, the lookback is July–December 2025.
const NOW = '2026-01-10T02:00:00Z';

describe('computeReview on a fixture year', () => {
  const review = computeReview(
    input(2025, NOW, [
      [facts('visit-log', { name: { 'zh-CN': '走访记录' } }), steadyUsage(2025, { mau: 40, opensPerMonth: 900, units: 8, yearActive: 60 })],
      [facts('old-ledger', { name: { 'zh-CN': '老旧电子台账' } }), steadyUsage(2025, { mau: 3, opensPerMonth: 6, activeDays: 3, units: 1, yearActive: 7 })],
      [facts('garbage-check'), steadyUsage(2025, { mau: 30, opensPerMonth: 400, errorsPerMonth: 100, units: 6, yearActive: 45 })],
    ]),
  );
  const row = (id: string) => review.apps.find((r) => r.id === id)!;

  it('recommends retiring the barely used app, with its reason in plain Chinese', () => {
    expect(row('old-ledger').recommendation).toBe('retire');
    expect(row('old-ledger').reasons[0]).toBe('近6个月月活跃用户低于10人（平均3人）');
  });

  it('keeps the app used across units every month, and scores it above the weak one', () => {
    expect(row('visit-log').recommendation).toBe('keep');
    expect(row('visit-log').score).toBeGreaterThan(row('old-ledger').score);
    expect(review.apps[0]!.id).toBe('old-ledger'); // weakest first
  });

  it('asks to improve the app that often fails to load, saying by how much', () => {
    expect(row('garbage-check').recommendation).toBe('improve');
    expect(row('garbage-check').loadErrorRate).toBe(0.2); // 100 of 500 attempts
    expect(row('garbage-check').reasons).toContain('加载失败率20%，高于5%');
  });

  it('computes the year figures from the monthly rollups', () => {
    const r = row('visit-log');
    expect(r.opens).toBe(12 * 900);
    expect(r.activeUsers).toBe(60);
    expect(r.avgMonthlyActiveUsers).toBe(40);
    expect(r.activeDays).toBe(12 * 20);
    expect(r.daysLive).toBe(365);
    expect(r.coverage).toEqual({ used: 8, eligible: 10, ratio: 0.8 });
    expect(r.trend.h1Opens).toBe(6 * 900);
  });

  it('prints the thresholds it used', () => {
    expect(review.settings.minMonthlyActiveUsers).toBe(10);
    expect(review.asOf).toBe('2025-12-31');
  });
});

describe('recommendation rules', () => {
  it('does not retire an app live for less than the lookback, but says why it is weak', () => {
    const review = computeReview(input(2025, NOW, [[facts('new', { liveFrom: '2025-10-15' }), steadyUsage(2025, { mau: 2, opensPerMonth: 4 })]]));
    const r = review.apps[0]!;
    expect(r.recommendation).toBe('improve');
    expect(r.lookbackMonthlyActiveUsers).toBeNull();
    expect(r.daysLive).toBe(78); // 15 October to 31 December
    expect(r.reasons.join()).toContain('上线不足6个月');
  });

  it('gives coverage as a count and a percentage that agree: 1 unit-month in 12 of 2 units is 0.08/2 (4%)', () => {
    const usage = steadyUsage(2025, { mau: 40, opensPerMonth: 900 });
    usage.unitMonths = new Map([['committee-0', 0b1]]); // January only
    const review = computeReview(input(2025, NOW, [[facts('seldom', { eligibleUnitIds: new Set(['committee-0', 'committee-1']) }), usage]]));
    const r = review.apps[0]!;
    expect(r.coverage).toEqual({ used: 0.08, eligible: 2, ratio: 0.04 });
    expect(r.reasons).toContain('可见范围内每月平均0.08/2个单位使用（4%），低于30%');
  });

  it('flags a poor rating only with enough ratings', () => {
    const app = facts('rated');
    const usage = steadyUsage(2025, { mau: 40, opensPerMonth: 900, units: 8 });
    const few = computeReview(input(2025, NOW, [[app, usage]], { ratings: new Map([['rated', { average: 1.5, count: 4 }]]) }));
    const many = computeReview(input(2025, NOW, [[app, usage]], { ratings: new Map([['rated', { average: 2.1, count: 12 }]]) }));
    expect(few.apps[0]!.recommendation).toBe('keep');
    expect(many.apps[0]!.recommendation).toBe('improve');
    expect(many.apps[0]!.reasons).toContain('平均评分2.1分（12人评分），低于3分');
  });

  it('finds merge candidates by user overlap within a category, and not across categories or below 3 shared users', () => {
    const big = facts('hotline', { name: { 'zh-CN': '热线工单' } });
    const small = facts('hotline-lite', { name: { 'zh-CN': '热线速记' } });
    const other = facts('flood', { category: '应急' });
    const tiny = facts('tiny');
    const review = computeReview(
      input(
        2025,
        NOW,
        [
          [big, steadyUsage(2025, { mau: 40, opensPerMonth: 900, units: 8, yearActive: 40 })],
          [small, steadyUsage(2025, { mau: 20, opensPerMonth: 300, units: 8, yearActive: 30 })],
          [other, steadyUsage(2025, { mau: 20, opensPerMonth: 300, units: 8, yearActive: 30 })],
          [tiny, steadyUsage(2025, { mau: 20, opensPerMonth: 300, units: 8, yearActive: 2 })],
        ],
        {
          shared: [
            // 28 shared of 40 + 30 − 28 = 42 users of either: 67%.
            { a: 'hotline', b: 'hotline-lite', shared: 28 },
            { a: 'flood', b: 'hotline', shared: 30 },
            { a: 'hotline', b: 'tiny', shared: 2 },
          ],
        },
      ),
    );
    expect(review.mergeCandidates).toEqual([{ category: '基层治理', apps: ['hotline-lite', 'hotline'], overlap: 0.667 }]);
    const lite = review.apps.find((r) => r.id === 'hotline-lite')!;
    expect(lite.recommendation).toBe('merge');
    expect(lite.reasons[0]).toBe('与「热线工单」同属「基层治理」类，66.7%的用户重合，可并入「热线工单」');
    expect(review.apps.find((r) => r.id === 'hotline')!.recommendation).toBe('keep');
  });

  it('does not pair tools only admins and developers open, though the same admins use them all', () => {
    const adminOnly = { category: '低代码', forStaff: false, eligibleUnitIds: new Set<string>() };
    const designer = facts('designer', { ...adminOnly, name: { 'zh-CN': '应用搭建' } });
    const runtime = facts('runtime', { ...adminOnly, name: { 'zh-CN': '表单应用运行器' } });
    const forms = facts('forms', { category: '低代码', name: { 'zh-CN': '表单填报' } });
    const usage = () => steadyUsage(2025, { mau: 5, opensPerMonth: 60, units: 8, yearActive: 5 });
    const pairs = [
      { a: 'designer', b: 'runtime', shared: 5 },
      { a: 'forms', b: 'runtime', shared: 5 },
    ];
    const review = computeReview(input(2025, NOW, [[designer, usage()], [runtime, usage()], [forms, usage()]], { shared: pairs }));
    expect(review.mergeCandidates).toEqual([]);
    expect(review.apps.find((r) => r.id === 'runtime')!.recommendation).toBe('keep');
    expect(review.apps.find((r) => r.id === 'runtime')!.reasons).toEqual(['仅对管理员或开发者开放，不按月活跃用户和覆盖率评估']);
    // The same figures for two apps staff open make a pair.
    const staffApps = computeReview(input(2025, NOW, [[facts('designer', { category: '低代码' }), usage()], [facts('runtime', { category: '低代码' }), usage()]], { shared: pairs }));
    expect(staffApps.mergeCandidates).toEqual([{ category: '低代码', apps: ['runtime', 'designer'], overlap: 1 }]);
  });

  it('averages coverage over the months, so a seasonal app is not judged as unused in its off season', () => {
    const usage = steadyUsage(2025, { mau: 40, opensPerMonth: 300 });
    // All ten units in the four flood months (June–September), two of them the rest of the year.
    const season = (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8); // June to September
    usage.unitMonths = new Map([
      ...['committee-0', 'committee-1'].map((u) => [u, 0xfff] as const),
      ...Array.from({ length: 8 }, (_, i) => [`committee-${i + 2}`, season] as const),
    ]);
    const review = computeReview(input(2025, NOW, [[facts('flood'), usage]]));
    // (4 months × 10 units + 8 months × 2 units) / 12 months = 4.67 units a month, of 10.
    expect(review.apps[0]!.coverage).toEqual({ used: 4.67, eligible: 10, ratio: 0.467 });
    expect(review.apps[0]!.recommendation).toBe('keep');
  });

  it('keeps the app form apps run on, whose own opens fall: retiring it would take them off the desktop', () => {
    const adminOnly = { category: '低代码', forStaff: false, eligibleUnitIds: new Set<string>() };
    // Opened by admins from its tile 60 times a month in the first half of the year, 10 in the second.
    const falling = steadyUsage(2025, { mau: 2, opensPerMonth: 60 });
    for (const [month, figures] of falling.months) if (month >= '2025-07') figures.opens = 10;
    const runtime = computeReview(input(2025, NOW, [[facts('runtime', { ...adminOnly, runs: 3 }), falling]])).apps[0]!;
    expect(runtime).toMatchObject({ recommendation: 'keep', reasons: ['3个表单应用在它上面运行，下线会使它们一并停用；它们的使用情况按各自的应用评估'] });
    // The same decline in a tool nothing runs on is worth improving.
    const tool = computeReview(input(2025, NOW, [[facts('tool', adminOnly), falling]])).apps[0]!;
    expect(tool.recommendation).toBe('improve');
    expect(tool.reasons[0]).toMatch(/^下半年日均打开次数比上半年下降/);
    // Its own load errors still count.
    const failing = steadyUsage(2025, { mau: 2, opensPerMonth: 60, errorsPerMonth: 30 });
    const broken = computeReview(input(2025, NOW, [[facts('runtime', { ...adminOnly, runs: 3 }), failing]])).apps[0]!;
    expect(broken.recommendation).toBe('improve');
    expect(broken.reasons.at(-1)).toBe('3个表单应用在它上面运行，下线会使它们一并停用；它们的使用情况按各自的应用评估');
  });

  it('does not retire a tool only admins can open for having few users', () => {
    const review = computeReview(input(2025, NOW, [[facts('console', { forStaff: false, eligibleUnitIds: new Set() }), steadyUsage(2025, { mau: 3, opensPerMonth: 60 })]]));
    expect(review.apps[0]).toMatchObject({ recommendation: 'keep', coverage: { used: 0, eligible: 0, ratio: 0 } });
    expect(review.apps[0]!.reasons[0]).toContain('仅对管理员或开发者开放');
  });

  it('divides the recorded cost by the active users, and flags it above the limit', () => {
    const review = computeReview(
      input(2025, NOW, [[facts('costly', { annualCost: 120_000 }), steadyUsage(2025, { mau: 40, opensPerMonth: 900, units: 8, yearActive: 60 })]], {
        settings: { ...input(2025, NOW, []).settings, maxCostPerActiveUser: 1000 },
      }),
    );
    expect(review.apps[0]!.costPerActiveUser).toBe(2000);
    expect(review.apps[0]!.reasons).toContain('每位活跃用户年成本2,000元，高于1,000元');
  });

  it('compares H2 with H1 per live day, and gives no change when H1 had no opens', () => {
    const usage = steadyUsage(2025, { mau: 40, opensPerMonth: 0, units: 8 });
    // H1 has 181 days and H2 184: 6 opens a day, then 3 a day, is a change of -50%.
    for (const [m, v] of usage.months) v.opens = m <= '2025-06' ? 181 : 92;
    const review = computeReview(input(2025, NOW, [[facts('declining'), usage]]));
    expect(review.apps[0]!.trend).toEqual({ h1Opens: 6 * 181, h2Opens: 6 * 92, change: -0.5 });
    expect(review.apps[0]!.reasons.some((r) => r.startsWith('下半年日均打开次数比上半年下降'))).toBe(true);

    const fresh = computeReview(input(2025, NOW, [[facts('h2-only', { liveFrom: '2025-07-01' }), steadyUsage(2025, { mau: 40, opensPerMonth: 100 })]]));
    expect(fresh.apps[0]!.trend.change).toBeNull();
  });

  it('scores 50 for an app exactly at every threshold', () => {
    const s = input(2025, NOW, []).settings;
    const usage = steadyUsage(2025, { mau: s.minMonthlyActiveUsers, opensPerMonth: 95, errorsPerMonth: 5, units: 3 });
    // 3 of 10 units = minCoverage 0.3; 5 of 100 attempts = maxLoadErrorRate; rating exactly 3 with 5 ratings; flat trend (per day).
    for (const [m, v] of usage.months) {
      const days = Number(m.slice(5)) <= 6 ? 181 : 184;
      v.opens = days * 10;
      v.loadErrors = 0;
    }
    const total = [...usage.months.values()].reduce((n, v) => n + v.opens, 0);
    const first = usage.months.get('2025-01')!;
    first.loadErrors = Math.round((total * 0.05) / 0.95);
    const review = computeReview(input(2025, NOW, [[facts('edge'), usage]], { ratings: new Map([['edge', { average: 3, count: 5 }]]) }));
    expect(review.apps[0]!.score).toBe(50);
  });
});
