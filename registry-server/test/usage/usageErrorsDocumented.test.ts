import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as UsageErrors from '../../src/usage/errors.ts';

describe('usage and review error catalogue', () => {
  const docs = readFileSync(new URL('../../../docs/metrics.md', import.meta.url), 'utf8');

  it('documents every code in docs/metrics.md', () => {
    const missing = UsageErrors.USAGE_ERROR_CODES.filter((code) => !docs.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('lists every error class of src/usage/errors.ts among the codes, with a 4xx/5xx status', () => {
    const classes = Object.values(UsageErrors).filter((v): v is new (...a: unknown[]) => { code: string; statusCode: number } => typeof v === 'function');
    expect(classes.length).toBeGreaterThanOrEqual(5);
    for (const E of classes) {
      const error = new E('x');
      expect(UsageErrors.USAGE_ERROR_CODES).toContain(error.code);
      expect(error.statusCode).toBeGreaterThanOrEqual(400);
    }
  });
});
