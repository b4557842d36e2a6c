import { Errors } from '../errors.ts';
import { inChinese } from '../lib/defineError.ts';
import { COMMON_PASSWORDS } from './commonPasswords.ts';

/** The shortest password the product accepts: long enough that guessing at the login limits takes years. */
export const MIN_PASSWORD_LENGTH = 10;

/** Each rule a password may break, as the API says it (after the field's name) and as a person is told it. */
const PROBLEMS = {
  short: { en: `must be at least ${MIN_PASSWORD_LENGTH} characters long`, zh: `新密码至少要 ${MIN_PASSWORD_LENGTH} 个字符。` },
  username: { en: 'must not be the user name', zh: '新密码不能是用户名，也不能是用户名加几个数字或符号。' },
  common: { en: 'is one of the most common passwords', zh: '新密码太常见，容易被猜中，请换一个。' },
} as const;

function problemOf(password: string, username: string): keyof typeof PROBLEMS | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'short';
  const lower = password.toLowerCase();
  const name = username.toLowerCase();
  // "admin", "admin2026!" and "Admin@123456" are all the user name with a few keys added.
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (name && (lower === name || core === name)) return 'username';
  if (COMMON_PASSWORDS.has(lower)) return 'common';
  return null;
}

/**
 * Why `password` may not be used by `username`, or null when it may. Applies to every password set through the
 * product (the first admin's from TOOLBOX_ADMIN_PASSWORD included); the demo users' public `toolbox` is seeded
 * directly and only in demo mode.
 */
export function passwordProblem(password: string, username: string): string | null {
  const problem = problemOf(password, username);
  return problem && PROBLEMS[problem].en;
}

/**
 * For routes that set a password (user management, password reset): 400 TOOLBOX_PASSWORD_WEAK naming the field and
 * why (and why in Chinese, for the person), before anything is stored.
 */
export function assertPasswordAllowed(password: string, username: string, field = 'password'): void {
  const problem = problemOf(password, username);
  if (problem) throw inChinese(new Errors.PASSWORD_WEAK(`${field} ${PROBLEMS[problem].en}`), PROBLEMS[problem].zh);
}
