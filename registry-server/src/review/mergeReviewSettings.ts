import { ReviewSettingsInvalidError } from '../usage/errors.ts';
import type { ReviewSettingsChange } from '@toolbox/sdk/api';
import type { ReviewSettings } from './reviewSettings.ts';

/**
 * A change the contract's schema has accepted (each field in its range, no unknown key), merged into the current
 * settings; what a schema cannot say is checked here: not both forms at once, and not every weight 0.
 */
export function mergeReviewSettings(body: ReviewSettingsChange, current: ReviewSettings): ReviewSettings {
  const { settings: wrapped, ...top } = body;
  if (wrapped && Object.keys(top).length > 0) {
    throw new ReviewSettingsInvalidError(`settings: send the fields at the top level or under settings, not both (${Object.keys(top).join(', ')})`);
  }
  const change = wrapped ?? top;
  const next: ReviewSettings = { ...current, ...change, weights: { ...current.weights, ...change.weights } } as ReviewSettings;
  if (Object.values(next.weights).every((w) => w === 0)) {
    throw new ReviewSettingsInvalidError('settings.weights: at least one weight must be above 0');
  }
  return next;
}
