import type { Recommendation } from './reviewTypes.ts';

export const RECOMMENDATION_ZH: Record<Recommendation, string> = {
  keep: '保留',
  improve: '改进',
  merge: '合并',
  retire: '淘汰',
};

export const SCENARIO_ZH: Record<string, string> = { general: '通用型', vertical: '垂直型', ecosystem: '生态型' };

export const STATUS_ZH: Record<string, string> = {
  draft: '未发布',
  active: '在用',
  deprecated: '即将下线',
  retired: '已下线',
};
