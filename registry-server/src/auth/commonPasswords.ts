import { readFileSync } from 'node:fs';

/**
 * Passwords that guessing tools try first, lower-cased: the list in commonPasswords.txt, kept as a plain text file so
 * that it can be compared with and updated from the published lists without touching code.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  readFileSync(new URL('./commonPasswords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
);
