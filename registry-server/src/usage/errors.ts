// The usage and review error classes, built like src/errors.ts from the code registry (`@toolbox/sdk/api`'s CODES,
// origin 'usage'), which gives each code its status. docs/metrics.md documents them; test/errorsDocumented.test.ts checks it.
import { CODE_LIST, CODE_TEXT_ZH, type UsageErrorCode, type UsageRejectionCode } from '@toolbox/sdk/api';
import { defineError } from '../lib/defineError.ts';

export type { UsageRejectionCode };

export const UsageInvalidError = defineError('TOOLBOX_USAGE_INVALID', 'Invalid usage batch: %s');
export const UsageBusyError = defineError('TOOLBOX_USAGE_BUSY', 'Usage ingestion is saturated (%s events waiting); retry later');
export const RatingInvalidError = defineError('TOOLBOX_RATING_INVALID', 'Invalid rating: %s');
export const ReviewSettingsInvalidError = defineError('TOOLBOX_REVIEW_SETTINGS_INVALID', 'Invalid review settings: %s');
export const ReviewYearInvalidError = defineError('TOOLBOX_REVIEW_YEAR_INVALID', 'Invalid review year: %s');
export const UsageRateLimitedError = defineError(
  'TOOLBOX_USAGE_RATE_LIMITED',
  'Too many usage events: at most %s per user per minute; nothing of this batch was stored, send it again in %s s',
);

/**
 * Why one event of a batch was not stored, in plain Chinese: the registry's `CODE_TEXT_ZH` for each usage rejection
 * code (a usage code with no HTTP status). These are not HTTP errors: the batch succeeds and lists each rejected event
 * with its code and this reason.
 */
export const USAGE_REJECTIONS = Object.fromEntries(
  CODE_LIST.filter((c) => c.origin === 'usage' && c.status === null).map((c) => [c.code, CODE_TEXT_ZH[c.code as UsageRejectionCode]]),
) as Readonly<Record<UsageRejectionCode, string>>;

/** Every code this module can answer with or list, from the registry. */
export const USAGE_ERROR_CODES: readonly (UsageErrorCode | UsageRejectionCode)[] = CODE_LIST.filter((c) => c.origin === 'usage').map(
  (c) => c.code as UsageErrorCode | UsageRejectionCode,
);
