import type { FieldError } from '../errors.ts';
import type { Locale } from '../shared/types.ts';
import { describeFieldError } from './describeFieldError.ts';

/**
 * One line per error, `  /owner/contact: must NOT have fewer than 1 characters`, for terminals and logs; in Chinese
 * with `locale` `zh-CN` (`  /owner/contact: 不能为空`).
 */
export function formatFieldErrors(errors: readonly FieldError[], locale: Locale = 'en'): string {
  return errors.map((e) => `  ${e.path || '/'}: ${describeFieldError(e, locale)}`).join('\n');
}
