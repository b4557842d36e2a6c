import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, Errors } from '../src/errors.ts';

describe('error catalogue', () => {
  const docs = readFileSync(new URL('../../docs/registry-server.md', import.meta.url), 'utf8');

  it('documents every error code in docs/registry-server.md', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(20);
    const missing = ERROR_CODES.filter((code) => !docs.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('gives every error a TOOLBOX_ code and a 4xx/5xx status', () => {
    for (const E of Object.values(Errors)) {
      const error = new E('x', 'y');
      expect(error.code).toMatch(/^TOOLBOX_[A-Z_]+$/);
      expect(error.statusCode).toBeGreaterThanOrEqual(400);
    }
  });
});
