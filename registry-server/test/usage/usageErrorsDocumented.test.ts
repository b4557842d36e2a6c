import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as UsageErrors from '../../src/usage/errors.ts';

const ERROR_CLASSES = [
  UsageErrors.UsageInvalidError,
  UsageErrors.UsageBusyError,
  UsageErrors.RatingInvalidError,
  UsageErrors.ReviewSettingsInvalidError,
  UsageErrors.ReviewYearInvalidError,
  UsageErrors.UsageRateLimitedError,
];

describe('usage and review error catalogue', () => {
  const docs = readFileSync(new URL('../../../docs/metrics.md', import.meta.url), 'utf8');

  it('documents every code in docs/metrics.md', () => {
    const missing = UsageErrors.USAGE_ERROR_CODES.filter((code) => !docs.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('lists every error class of src/usage/errors.ts among the codes, with a 4xx/5xx status', () => {
    // Every function that module exports is an error class: none may be missing from the list above.
    expect(Object.values(UsageErrors).filter((v) => typeof v === 'function')).toHaveLength(ERROR_CLASSES.length);
    for (const E of ERROR_CLASSES) {
      const error = new E('x');
      expect(UsageErrors.USAGE_ERROR_CODES).toContain(error.code);
      expect(error.statusCode).toBeGreaterThanOrEqual(400);
    }
  });
});
