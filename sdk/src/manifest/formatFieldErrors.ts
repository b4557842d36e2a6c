import type { FieldError } from '../errors.ts';

/** One line per error, `  /owner/contact: must NOT have fewer than 1 characters`, for terminals and logs. */
export function formatFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `  ${e.path || '/'}: ${e.message}`).join('\n');
}
