/*
 * The review's wire values in Chinese, as the review CSV and the admin console both print them: one table, so the
 * file an admin archives and the screen they read say the same. Plain data (no schema), so `@toolbox/sdk/api/client`
 * can carry it into a browser bundle.
 */
import type { Static } from '@sinclair/typebox';
import type { RecommendationSchema } from './review.ts';

type Recommendation = Static<typeof RecommendationSchema>;

/**
 * Why a usage event was not counted: stable keys, stored by the server and reported in the review's
 * `refusedEvents.byReason` (docs/metrics.md).
 */
export const REFUSAL_REASONS = [
  'notVisible',
  'retired',
  'notLive',
  'rateLimited',
  'duplicate',
  'tooOld',
  'inFuture',
  'unknownApp',
  'badType',
  'badTime',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** The label tables, keyed by the contract's values. */
export interface ReviewLabels {
  recommendation: Readonly<Record<Recommendation, string>>;
  scenario: Readonly<Record<string, string>>;
  status: Readonly<Record<string, string>>;
  refusal: Readonly<Record<RefusalReason, string>>;
}

/** Chinese labels of the review's recommendations, scenarios, app statuses and refusal reasons. */
export const REVIEW_LABELS_ZH: ReviewLabels = {
  recommendation: { keep: '保留', improve: '改进', merge: '合并', retire: '淘汰' },
  scenario: { general: '通用型', vertical: '垂直型', ecosystem: '生态型' },
  status: { draft: '未发布', active: '在用', deprecated: '即将下线', retired: '已下线' },
  refusal: {
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
  },
};
