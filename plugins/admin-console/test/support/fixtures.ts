// A small review year in the shapes of issue 5: one app to keep, one to improve, two to merge, one to retire.
import type {
  AppReview,
  OrgUnit,
  Review,
  ReviewQueueItem,
  ReviewRow,
  UnitRef,
  VersionDiff,
} from '../../src/api/types.ts';

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
    lookbackMonthlyActiveUsers: 60,
    activeDays: 300,
    coverage: { used: 40, eligible: 50, ratio: 0.8 },
    loadErrors: 10,
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

// The server's keys (registry-server/src/review/reviewSettings.ts), as GET /api/review-settings answers them.
export const settings: Review['settings'] = {
  minMonthlyActiveUsers: 10,
  lookbackMonths: 6,
  maxLoadErrorRate: 0.05,
  minRating: 3,
  minRatings: 5,
  minCoverage: 0.2,
  mergeOverlap: 0.6,
  maxDecline: 0.5,
  maxCostPerActiveUser: null,
  noticeDays: 30,
  weights: { usage: 40, coverage: 20, reliability: 15, satisfaction: 15, trend: 10 },
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
    asOf: `${year}-11-28T08:00:00.000Z`,
    settings,
    apps: rows,
    mergeCandidates: [{ category: '问卷调查', apps: ['survey-a', 'survey-b'], overlap: 0.72 }],
    refusedEvents: { total: 0, byReason: {}, byApp: {} },
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

// Review before live (issue 12): three pending versions, oldest first: a bundle that changes a little of everything,
// an app deployed elsewhere that moves its code to another origin (published by the signed-in admin themselves),
// and a first version with no current one to compare against.
const huayang = { id: 'huayang', name: '华阳路街道' };
/** One pending version: which app, which version of which kind, who published it when, for which unit, replacing what. */
const pending = (
  [appId, appName, version, kind]: [string, ReviewQueueItem['appName'], string, ReviewQueueItem['kind']],
  [publishedBy, publishedAt]: [ReviewQueueItem['publishedBy'], string],
  ownerUnit: ReviewQueueItem['ownerUnit'],
  currentVersion: string | null,
): ReviewQueueItem => ({ appId, appName, version, kind, publishedBy, publishedAt, ownerUnit, currentVersion });
export const queue: ReviewQueueItem[] = [
  pending(['visit-log', { 'zh-CN': '走访记录', en: 'Visit log' }, '1.3.0', 'bundle'], [{ id: 'u-dev', name: '陈开发' }, '2026-03-02T01:30:00.000Z'], huayang, '1.2.0'),
  pending(['hotline-tickets', { 'zh-CN': '12345 工单', en: 'Hotline tickets' }, '2.1.0', 'external'], [{ id: 'u-admin', name: '管理员' }, '2026-03-05T08:05:00.000Z'], huayang, '2.0.0'),
  pending(['garbage-sort', { 'zh-CN': '垃圾分类检查' }, '1.0.0', 'bundle'], [{ id: 'u-li', name: '李敏' }, '2026-03-06T16:40:00.000Z'], { id: 'xinjing', name: '新泾镇' }, null),
];

const visitsBefore = {
  type: 'object',
  properties: {
    address: { type: 'string', title: '地址', maxLength: 50 },
    phone: { type: 'string', title: '电话' },
    visitedOn: { type: 'string', format: 'date' },
  },
  required: ['address'],
};
const visitsAfter = {
  type: 'object',
  properties: {
    address: { type: 'string', title: '地址', maxLength: 200 },
    phone: { type: 'string', title: '电话', pattern: '^1\\d{10}$' },
    visitedOn: { type: 'string', format: 'date' },
    note: { type: 'string', title: '备注' },
  },
  required: ['address', 'phone'],
};

export const diffs: Record<string, VersionDiff> = {
  'visit-log@1.3.0': {
    base: '1.2.0',
    version: '1.3.0',
    name: { from: { 'zh-CN': '走访记录', en: 'Visit log' }, to: { 'zh-CN': '走访记录', en: 'Visit log' } },
    description: { from: { 'zh-CN': '记录入户走访' }, to: { 'zh-CN': '记录入户走访，可附照片' } },
    visibility: { from: { units: ['huayang'], roles: ['staff'] }, to: { units: ['huayang', 'xinjing'], roles: ['staff'] } },
    entry: {
      from: { kind: 'bundle', entry: 'remoteEntry.js', origin: null },
      to: { kind: 'bundle', entry: 'remoteEntry.js', origin: null },
    },
    collections: {
      added: [{ name: 'photos', schema: { type: 'object', properties: { url: { type: 'string', format: 'uri' } }, required: ['url'] } }],
      removed: [{ name: 'drafts', schema: { type: 'object', properties: { text: { type: 'string' } } } }],
      changed: [{ name: 'visits', from: visitsBefore, to: visitsAfter }],
    },
    files: {
      added: [{ path: 'assets/photos-3f2a.js', size: 14_336 }],
      removed: [{ path: 'assets/legacy-9c1d.js', size: 2048 }],
      changed: [
        { path: 'remoteEntry.js', fromSize: 3100, toSize: 3300 },
        { path: 'assets/app-77aa.js', fromSize: 120_000, toSize: 125_120 },
      ],
      unchanged: 6,
    },
  },
  'hotline-tickets@2.1.0': {
    base: '2.0.0',
    version: '2.1.0',
    name: { from: { 'zh-CN': '12345 工单', en: 'Hotline tickets' }, to: { 'zh-CN': '12345 热线工单', en: 'Hotline tickets' } },
    description: { from: null, to: null },
    visibility: { from: { units: [], roles: [] }, to: { units: [], roles: [] } },
    entry: {
      from: { kind: 'external', entry: 'https://apps.huayang.example.cn/hotline/remoteEntry.js', origin: 'https://apps.huayang.example.cn' },
      to: { kind: 'external', entry: 'https://cdn.vendor.example.com/hotline/remoteEntry.js', origin: 'https://cdn.vendor.example.com' },
    },
    collections: { added: [], removed: [], changed: [] },
    files: { added: [], removed: [], changed: [], unchanged: 0 },
  },
  'garbage-sort@1.0.0': {
    base: null,
    version: '1.0.0',
    name: { from: null, to: { 'zh-CN': '垃圾分类检查' } },
    description: { from: null, to: { 'zh-CN': '居委会每周检查垃圾分类点位' } },
    visibility: { from: null, to: { units: [], roles: ['staff'] } },
    entry: { from: null, to: { kind: 'bundle', entry: 'remoteEntry.js', origin: null } },
    collections: {
      added: [{ name: 'checks', schema: { type: 'object', properties: { site: { type: 'string', enum: ['A 点', 'B 点'] } } } }],
      removed: [],
      changed: [],
    },
    files: {
      added: [
        { path: 'remoteEntry.js', size: 3000 },
        { path: 'assets/app-1a2b.js', size: 48_000 },
      ],
      removed: [],
      changed: [],
      unchanged: 0,
    },
  },
};

export const trustedUnits: UnitRef[] = [{ id: 'ops-centre', name: '区城运中心' }];

/** A unit as `GET /api/org/units` lists it: `path` is the names from the district down to the unit itself. */
function unit(id: string, name: string, kind: OrgUnit['kind'], parentId: string | null, above: string[]): OrgUnit {
  return { id, name, nameEn: null, kind, parentId, path: [...above, name], disabled: false };
}

export const orgUnits: OrgUnit[] = [
  unit('changning', '长宁区', 'district', null, []),
  unit('ops-centre', '区城运中心', 'department', 'changning', ['长宁区']),
  unit('huayang', '华阳路街道', 'street', 'changning', ['长宁区']),
  unit('huayang-1', '华阳路街道 秀水居委会', 'committee', 'huayang', ['长宁区', '华阳路街道']),
  unit('xinjing', '新泾镇', 'street', 'changning', ['长宁区']),
  unit('xinjing-1', '新泾镇 新泾一村居委会', 'committee', 'xinjing', ['长宁区', '新泾镇']),
];
