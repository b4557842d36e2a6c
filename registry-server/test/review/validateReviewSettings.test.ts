import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_SETTINGS } from '../../src/review/reviewSettings.ts';
import { validateReviewSettings } from '../../src/review/validateReviewSettings.ts';

describe('validateReviewSettings', () => {
  it('merges a partial change, at the top level or under settings', () => {
    const a = validateReviewSettings({ minMonthlyActiveUsers: 20 }, DEFAULT_REVIEW_SETTINGS);
    const b = validateReviewSettings({ settings: { weights: { trend: 0 } } }, a);
    expect(b.minMonthlyActiveUsers).toBe(20);
    expect(b.weights).toEqual({ ...DEFAULT_REVIEW_SETTINGS.weights, trend: 0 });
    expect(DEFAULT_REVIEW_SETTINGS.minMonthlyActiveUsers).toBe(10); // defaults untouched
  });

  it.each([
    [{ minMonthlyActiveUsers: '10' }, 'settings.minMonthlyActiveUsers: must be a number'],
    [{ lookbackMonths: 1.5 }, 'settings.lookbackMonths: must be an integer'],
    [{ maxLoadErrorRate: 2 }, 'settings.maxLoadErrorRate: must be between 0 and 1'],
    [{ rawRetentionDays: 3 }, 'settings.rawRetentionDays: must be between 8'],
    [{ weights: { usage: 0, coverage: 0, reliability: 0, satisfaction: 0, trend: 0 } }, 'settings.weights: at least one'],
    [[1], 'settings: must be an object'],
  ])('names the wrong field of %j', (body, message) => {
    expect(() => validateReviewSettings(body, DEFAULT_REVIEW_SETTINGS)).toThrow(
      expect.objectContaining({ code: 'TOOLBOX_REVIEW_SETTINGS_INVALID', statusCode: 400, message: expect.stringContaining(message) }),
    );
  });

  it.each([
    [{ colour: 'red' }, 'settings must NOT have additional properties (colour)'],
    [{ weights: { fun: 1 } }, 'settings/weights must NOT have additional properties (fun)'],
    [{ constructor: 1 }, '(constructor)'],
    [{ settings: { toString: 1 } }, 'body/settings must NOT have additional properties (toString)'],
  ])('refuses the unknown key of %j with TOOLBOX_VALIDATION_FAILED', (body, message) => {
    expect(() => validateReviewSettings(body, DEFAULT_REVIEW_SETTINGS)).toThrow(
      expect.objectContaining({ code: 'TOOLBOX_VALIDATION_FAILED', statusCode: 400, message: expect.stringContaining(message) }),
    );
  });

  it('accepts null to switch the cost rule off', () => {
    expect(validateReviewSettings({ maxCostPerActiveUser: null }, { ...DEFAULT_REVIEW_SETTINGS, maxCostPerActiveUser: 500 }).maxCostPerActiveUser).toBeNull();
  });
});
