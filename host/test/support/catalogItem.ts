import type { CatalogItem } from '@toolbox/sdk';

/** A catalogue entry as GET /api/catalog gives it; only what a test sets differs. */
export function catalogItem(overrides: Partial<CatalogItem> & Pick<CatalogItem, 'id' | 'name'>): CatalogItem {
  return {
    category: '民生服务',
    keywords: [],
    scenario: 'general',
    owner: { unit: 'ops-centre', unitName: '区城运中心', contact: '陈静 021-62511234' },
    status: 'active',
    version: '1.0.0',
    entry: `http://127.0.0.1:1/bundles/${overrides.id}/1.0.0/remoteEntry.js`,
    sdk: '^1.0.0',
    previous: [],
    ...overrides,
  };
}

export const VISIT_LOG = catalogItem({
  id: 'visit-log',
  name: { 'zh-CN': '居民走访记录', en: 'Resident Visit Log' },
  keywords: ['走访', '独居老人'],
});
export const FLOOD = catalogItem({
  id: 'flood-patrol',
  name: { 'zh-CN': '防汛防台巡查', en: 'Flood & Typhoon Patrol' },
  category: '城市管理',
  scenario: 'vertical',
  keywords: ['台风', '积水'],
});
export const HOTLINE = catalogItem({
  id: 'hotline-tickets',
  name: { 'zh-CN': '12345 热线工单', en: '12345 Hotline Tickets' },
  category: '基层治理',
  scenario: 'ecosystem',
  keywords: ['热线', '工单'],
});
