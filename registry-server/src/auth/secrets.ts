import { createHash, randomBytes } from 'node:crypto';

/** A 256-bit random secret for cookies and bearer tokens. */
export function randomSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Sessions and tokens are high-entropy random values, so a plain sha256 is enough to make a stolen table useless
 * (no salt or slow hash needed, unlike passwords).
 */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
