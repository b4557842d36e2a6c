/**
 * How each demo app is used in the synthetic year: who may use it, how likely each of them is to use it in a month,
 * on how many days, with which actions, how often it fails to load, and the ratings it gets. Apps without a profile
 * get `DEFAULT_PROFILE`.
 */
export interface DemoProfile {
  /** Which synthetic users: all staff, the flood-duty staff, or the admins of the operations centre. */
  audience: 'staff' | 'patrol' | 'admins';
  /** Chance that one user of the audience uses the app in a month (index 0 = January). */
  reach: (month: number) => number;
  /** At most this many users of the audience (the rest never use it). */
  maxUsers?: number;
  /** Days with an open in a month when the user is active, on average. */
  daysPerMonth: number;
  actions: string[];
  /** Share of open attempts that fail to load. */
  loadErrorRate: number;
  ratings: number[];
  comments?: string[];
}

const flat = (p: number) => () => p;
// Flood season in Shanghai: June to September, with May and October on alert.
const floodSeason = (m: number) => (m >= 5 && m <= 8 ? 0.9 : m === 4 || m === 9 ? 0.5 : 0.15);

export const DEMO_PROFILES: Record<string, DemoProfile> = {
  'visit-log': {
    audience: 'staff',
    reach: flat(0.8),
    daysPerMonth: 9,
    actions: ['action:create-visit', 'action:export'],
    loadErrorRate: 0.004,
    ratings: [5, 5, 4, 5, 4, 5, 4, 4, 5, 5, 4, 5, 3, 5, 4, 5, 5, 4, 5, 4],
    comments: ['走访记录方便多了', '希望能导出 Excel', '好用'],
  },
  'hotline-tickets': {
    audience: 'staff',
    reach: flat(0.65),
    daysPerMonth: 11,
    actions: ['action:reply', 'action:close-ticket'],
    loadErrorRate: 0.006,
    ratings: [4, 5, 4, 4, 3, 5, 4, 4, 5, 4, 4, 5, 3, 4],
    comments: ['工单提醒很及时', '列表加载有点慢'],
  },
  'flood-patrol': {
    audience: 'patrol',
    reach: floodSeason,
    daysPerMonth: 7,
    actions: ['action:report-point', 'action:photo'],
    loadErrorRate: 0.01,
    ratings: [4, 4, 3, 5, 4, 4, 3, 4, 5],
    comments: ['汛期很实用'],
  },
  'admin-console': { audience: 'admins', reach: flat(1), daysPerMonth: 5, actions: ['action:export-csv'], loadErrorRate: 0, ratings: [] },
  // Demo-only apps registered by seedDemoUsageCli (DEMO_APPS): the weak ones the review should catch.
  'old-ledger': {
    audience: 'staff',
    // Still opened by a few people early in the year, then almost nobody.
    reach: (m) => (m < 3 ? 0.5 : 0.12),
    maxUsers: 12,
    daysPerMonth: 2,
    actions: ['action:print'],
    loadErrorRate: 0.02,
    ratings: [2, 3, 2],
  },
  'garbage-check': {
    audience: 'staff',
    reach: flat(0.45),
    daysPerMonth: 6,
    actions: ['action:inspect'],
    loadErrorRate: 0.2,
    ratings: [3, 2, 4, 3, 2, 3, 3],
    comments: ['经常打不开', '白屏要刷新好几次'],
  },
  'activity-signup': {
    audience: 'staff',
    reach: flat(0.4),
    daysPerMonth: 3,
    actions: ['action:publish-activity'],
    loadErrorRate: 0.01,
    ratings: [2, 1, 2, 3, 2, 1, 2, 3, 2, 2, 1, 3],
    comments: ['步骤太多，居民不会用', '和公众号报名重复', '报名表不能改'],
  },
  'flood-duty': {
    audience: 'patrol',
    reach: floodSeason,
    daysPerMonth: 5,
    actions: ['action:check-in'],
    loadErrorRate: 0.01,
    ratings: [3, 4, 3, 3, 4],
    comments: ['和防汛巡查分开用很麻烦'],
  },
};

export const DEFAULT_PROFILE: DemoProfile = {
  audience: 'staff',
  reach: flat(0.3),
  daysPerMonth: 4,
  actions: ['action:use'],
  loadErrorRate: 0.01,
  ratings: [4, 4, 3, 5],
};
