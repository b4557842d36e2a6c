import { Errors } from '../errors.ts';
import { createAjv, describeErrors } from '../lib/createAjv.ts';
import { ReviewSettingsInvalidError } from '../usage/errors.ts';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings, type ScoreWeights } from './reviewSettings.ts';

type Rule = { min: number; max: number; integer?: boolean; nullable?: boolean };

// Raw events must outlive the 7 days an event may be late, or a late resend would count twice.
const RULES: Record<Exclude<keyof ReviewSettings, 'weights'>, Rule> = {
  minMonthlyActiveUsers: { min: 0, max: 1_000_000 },
  lookbackMonths: { min: 1, max: 12, integer: true },
  maxLoadErrorRate: { min: 0, max: 1 },
  minRating: { min: 1, max: 5 },
  minRatings: { min: 1, max: 1_000_000, integer: true },
  minCoverage: { min: 0, max: 1 },
  mergeOverlap: { min: 0.01, max: 1 },
  maxDecline: { min: 0.01, max: 1 },
  maxCostPerActiveUser: { min: 0, max: 1e12, nullable: true },
  noticeDays: { min: 0, max: 365, integer: true },
  rawRetentionDays: { min: 8, max: 3650, integer: true },
};
const WEIGHT_KEYS = Object.keys(DEFAULT_REVIEW_SETTINGS.weights) as (keyof ScoreWeights)[];

/**
 * Which keys a change may hold. Settings are looked up by key, so a key such as `constructor` or `__proto__` would
 * otherwise find an inherited member instead of "unknown" and be stored; the schema refuses every key it does not
 * name. Values are checked below, with messages that give the allowed range.
 */
const settingsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...Object.fromEntries(Object.keys(RULES).map((key) => [key, {}])),
    weights: { type: 'object', additionalProperties: false, properties: Object.fromEntries(WEIGHT_KEYS.map((key) => [key, {}])) },
  },
};
const ajv = createAjv();
const checkSettingsKeys = ajv.compile(settingsSchema);
const checkWrapperKeys = ajv.compile({ type: 'object', required: ['settings'], additionalProperties: false, properties: { settings: settingsSchema } });

/**
 * Merges a partial change into the current settings and checks the result, naming the first wrong field.
 * A PUT may send the whole object or only the fields it changes, at the top level or as `{settings: {...}}`.
 */
export function validateReviewSettings(body: unknown, current: ReviewSettings): ReviewSettings {
  let change = body;
  const wrapped = isObject(change) && Object.hasOwn(change, 'settings');
  if (wrapped) change = (change as { settings: unknown }).settings;
  if (!isObject(change)) throw new ReviewSettingsInvalidError('settings: must be an object');
  const check = wrapped ? checkWrapperKeys : checkSettingsKeys;
  if (!check(body)) throw new Errors.VALIDATION_FAILED(describeErrors(check.errors, wrapped ? 'body' : 'settings'));

  const next: ReviewSettings = { ...current, weights: { ...current.weights } };
  for (const [key, value] of Object.entries(change)) {
    if (key === 'weights') {
      next.weights = validateWeights(value, next.weights);
      continue;
    }
    const rule = RULES[key as keyof typeof RULES];
    if (!rule) throw new ReviewSettingsInvalidError(`settings.${key}: unknown setting`);
    (next as unknown as Record<string, unknown>)[key] = checkNumber(`settings.${key}`, value, rule);
  }
  return next;
}

function validateWeights(value: unknown, current: ScoreWeights): ScoreWeights {
  if (!isObject(value)) throw new ReviewSettingsInvalidError('settings.weights: must be an object');
  const next = { ...current };
  for (const [key, w] of Object.entries(value)) {
    if (!WEIGHT_KEYS.includes(key as keyof ScoreWeights)) {
      throw new ReviewSettingsInvalidError(`settings.weights.${key}: unknown weight`);
    }
    next[key as keyof ScoreWeights] = checkNumber(`settings.weights.${key}`, w, { min: 0, max: 1000 }) as number;
  }
  if (WEIGHT_KEYS.every((k) => next[k] === 0)) {
    throw new ReviewSettingsInvalidError('settings.weights: at least one weight must be above 0');
  }
  return next;
}

function checkNumber(field: string, value: unknown, rule: Rule): number | null {
  if (value === null && rule.nullable) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ReviewSettingsInvalidError(`${field}: must be a number${rule.nullable ? ' or null' : ''}`);
  }
  if (rule.integer && !Number.isInteger(value)) throw new ReviewSettingsInvalidError(`${field}: must be an integer`);
  if (value < rule.min || value > rule.max) {
    throw new ReviewSettingsInvalidError(`${field}: must be between ${rule.min} and ${rule.max}`);
  }
  return value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
