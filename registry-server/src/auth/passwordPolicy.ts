import { Errors } from '../errors.ts';
import { COMMON_PASSWORDS } from './commonPasswords.ts';

/** The shortest password the product accepts: long enough that guessing at the login limits takes years. */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Why `password` may not be used by `username`, or null when it may. Applies to every password set through the
 * product (the first admin's from TOOLBOX_ADMIN_PASSWORD included); the demo users' public `toolbox` is seeded
 * directly and only in demo mode.
 */
export function passwordProblem(password: string, username: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  const lower = password.toLowerCase();
  const name = username.toLowerCase();
  // "admin", "admin2026!" and "Admin@123456" are all the user name with a few keys added.
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (name && (lower === name || core === name)) return 'must not be the user name';
  if (COMMON_PASSWORDS.has(lower)) return 'is one of the most common passwords';
  return null;
}

/**
 * For routes that set a password (user management, password reset): 400 TOOLBOX_PASSWORD_WEAK naming the field and
 * why, before anything is stored.
 */
export function assertPasswordAllowed(password: string, username: string, field = 'password'): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new Errors.PASSWORD_WEAK(`${field} ${problem}`);
}
