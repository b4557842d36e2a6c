/** Keys of the catalogue's `settings` table (values are JSON) that usage and the review own. */
export const SETTINGS_KEYS = {
  /** Base64 HMAC key of user hashes, created at first start. */
  userHashSecret: 'usage.userHashSecret',
  /** The review thresholds (ReviewSettings); absent until an admin changes one. */
  review: 'review.settings',
} as const;
