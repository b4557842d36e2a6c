import type { RefusalReason } from '../usage/refusalReasons.ts';
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

/** Why usage events were not counted, as the CSV prints it (the console has its own copy in its message catalogue). */
export const REFUSAL_ZH: Record<RefusalReason, string> = {
  notVisible: '用户无权打开',
  retired: '应用已下线',
  notLive: '应用尚未上线',
  rateLimited: '超过每人每分钟上限',
  duplicate: '重复上报',
  tooOld: '时间早于 7 天前',
  inFuture: '时间晚于服务器时间',
  unknownApp: '没有这个应用',
  badType: '事件类型不对',
  badTime: '时间格式不对',
};
