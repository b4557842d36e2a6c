// A small review year in the shapes of issue 5: one app to keep, one to improve, two to merge, one to retire.
import type { AppReview, Review, ReviewRow } from '../../src/api/types.ts';

function row(partial: Partial<ReviewRow> & Pick<ReviewRow, 'id' | 'name'>): ReviewRow {
  return {
    category: '社区服务',
    scenario: 'vertical',
    status: 'active',
    owner: { unit: 'ops-centre', unitName: '区城运中心', contact: '王建国 021-62517788' },
    versionsPublished: 2,
    daysLive: 365,
    opens: 1000,
    activeUsers: 100,
    avgMonthlyActiveUsers: 60,
    activeDays: 300,
    coverage: { used: 40, eligible: 50, ratio: 0.8 },
    loadErrorRate: 0.01,
    rating: { average: 4.2, count: 20 },
    annualCost: null,
    costPerActiveUser: null,
    trend: { h1Opens: 500, h2Opens: 500, change: 0 },
    score: 80,
    recommendation: 'keep',
    reasons: [],
    ...partial,
  };
}

export const settings = {
  minMonthlyActiveUsers: 10,
  lookbackMonths: 6,
  maxLoadErrorRate: 0.05,
  minRating: 3,
  minRatings: 5,
  minCoverage: 0.2,
  mergeOverlap: 0.6,
  maxCostPerActiveUser: null,
  noticeDays: 30,
  weights: { usage: 0.4, coverage: 0.2, errors: 0.2, rating: 0.2 },
  rawRetentionDays: 90,
};

export const rows: ReviewRow[] = [
  row({ id: 'visit-log', name: { 'zh-CN': '走访记录', en: 'Visit log' }, opens: 52000, activeUsers: 310, score: 91 }),
  row({
    id: 'hotline-tickets',
    name: { 'zh-CN': '12345 工单', en: 'Hotline tickets' },
    category: '城市管理',
    owner: { unit: 'huayang', unitName: '华阳路街道', contact: '李敏' },
    opens: 8000,
    activeUsers: 90,
    loadErrorRate: 0.12,
    score: 55,
    recommendation: 'improve',
    reasons: ['加载报错率 12% 高于 5%'],
    annualCost: 90000,
    costPerActiveUser: 1000,
  }),
  row({
    id: 'old-survey',
    name: { 'zh-CN': '旧版民意调查' },
    category: '问卷调查',
    opens: 40,
    activeUsers: 4,
    avgMonthlyActiveUsers: 2,
    rating: { average: 1.8, count: 6 },
    score: 12,
    recommendation: 'retire',
    reasons: ['近6个月月活跃用户低于10人', '平均评分 1.8 低于 3 分'],
    trend: { h1Opens: 35, h2Opens: 5, change: -0.857 },
  }),
  row({
    id: 'survey-a',
    name: { 'zh-CN': '问卷助手' },
    category: '问卷调查',
    owner: { unit: 'xinjing', unitName: '新泾镇', contact: '张华' },
    score: 48,
    recommendation: 'merge',
    reasons: ['与「问卷通」用户重叠 72%'],
    rating: { average: null, count: 0 },
  }),
  row({
    id: 'survey-b',
    name: { 'zh-CN': '问卷通' },
    category: '问卷调查',
    status: 'deprecated',
    score: 44,
    recommendation: 'merge',
    reasons: ['与「问卷助手」用户重叠 72%'],
  }),
];

export function review(year: number): Review {
  return {
    year,
    generatedAt: `${year}-11-28T08:00:00.000Z`,
    settings,
    apps: rows,
    mergeCandidates: [{ category: '问卷调查', apps: ['survey-a', 'survey-b'], overlap: 0.72 }],
  };
}

export function appReview(year: number, id: string): AppReview | undefined {
  const found = rows.find((r) => r.id === id);
  if (!found) return undefined;
  return {
    row: found,
    monthly: Array.from({ length: 12 }, (_, i) => ({
      month: `${year}-${String(i + 1).padStart(2, '0')}`,
      // April has 1–2 users: the server suppresses the whole month.
      activeUsers: i === 3 ? null : 10 + i,
      opens: i === 3 ? null : 100 + i * 10,
      loadErrors: i === 3 ? null : i % 4,
    })),
    byStreet: [
      { unitId: 'huayang', unitName: '华阳路街道', activeUsers: 25, opens: 400 },
      { unitId: 'xinjing', unitName: '新泾镇', activeUsers: null, opens: null },
    ],
    ratings: {
      average: found.rating.average,
      count: found.rating.count,
      items: [
        { score: 2, comment: '打开太慢，经常报错', at: `${year}-05-01T02:00:00.000Z` },
        { score: 4, comment: '', at: `${year}-06-01T02:00:00.000Z` },
      ],
    },
  };
}
