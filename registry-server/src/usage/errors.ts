// The usage and review error catalogue, in the style of src/errors.ts (fastify's lib/errors.js with @fastify/error).
// Every code here is documented in docs/metrics.md; test/usage/errorsDocumented.test.ts checks it.
import createError from '@fastify/error';

export const UsageInvalidError = createError('TOOLBOX_USAGE_INVALID', 'Invalid usage batch: %s', 400);
export const UsageBusyError = createError(
  'TOOLBOX_USAGE_BUSY',
  'Usage ingestion is saturated (%s events waiting); retry later',
  503,
);
export const RatingInvalidError = createError('TOOLBOX_RATING_INVALID', 'Invalid rating: %s', 400);
export const ReviewSettingsInvalidError = createError(
  'TOOLBOX_REVIEW_SETTINGS_INVALID',
  'Invalid review settings: %s',
  400,
);
export const ReviewYearInvalidError = createError('TOOLBOX_REVIEW_YEAR_INVALID', 'Invalid review year: %s', 400);
export const UsageRateLimitedError = createError(
  'TOOLBOX_USAGE_RATE_LIMITED',
  'Too many usage events: at most %s per user per minute; nothing of this batch was stored, send it again in %s s',
  429,
);

/**
 * Why one event of a batch was not stored. These are not HTTP errors: the batch succeeds and lists each rejected
 * event with its code and a reason in plain Chinese.
 */
export const USAGE_REJECTIONS = {
  TOOLBOX_USAGE_TOO_OLD: '事件时间早于 7 天前',
  TOOLBOX_USAGE_IN_FUTURE: '事件时间晚于服务器当前时间',
  TOOLBOX_USAGE_UNKNOWN_APP: '没有这个轻应用',
  TOOLBOX_USAGE_BAD_TYPE: '事件类型应为 open、close、load_error 或 action:<名称>',
  TOOLBOX_USAGE_BAD_TIME: '事件时间不是 ISO 8601 时间',
  TOOLBOX_USAGE_NOT_VISIBLE: '你所在的单位或角色不能打开这个轻应用',
  TOOLBOX_USAGE_APP_RETIRED: '事件发生时这个轻应用已下线',
  TOOLBOX_USAGE_NOT_LIVE: '事件发生时这个轻应用还没有上线的版本',
} as const;
export type UsageRejectionCode = keyof typeof USAGE_REJECTIONS;

/** Every code this module can answer with, for the documentation test. */
export const USAGE_ERROR_CODES = [
  'TOOLBOX_USAGE_INVALID',
  'TOOLBOX_USAGE_BUSY',
  'TOOLBOX_RATING_INVALID',
  'TOOLBOX_REVIEW_SETTINGS_INVALID',
  'TOOLBOX_REVIEW_YEAR_INVALID',
  'TOOLBOX_USAGE_RATE_LIMITED',
  ...(Object.keys(USAGE_REJECTIONS) as UsageRejectionCode[]),
] as const;
