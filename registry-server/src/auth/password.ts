import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// N=2^14 (16 MiB) keeps a login around 50 ms on our 2-core machines; the parameters are stored with each hash.
const PARAMS = { N: 16384, r: 8, p: 1, keyLength: 32 };

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$key` (base64 parts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p, keyLength } = PARAMS;
  const key = await scryptAsync(password, salt, keyLength, { N, r, p, maxmem: 128 * N * r * 2 });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

let dummy: Promise<string> | undefined;

/**
 * A real hash of a random password, made once per process with the same parameters as every user's. Checking a
 * password against it costs what checking a real user's costs, so the answer's timing does not tell whether a
 * user name exists. (A hand-written constant once had a field too few: it was refused before scrypt ran.)
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64'));
  return dummy;
}

function parse(stored: string): { N: number; r: number; p: number; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key || rest.length > 0) return null;
  const parsed = { N: Number(n), r: Number(r), p: Number(p), salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
  if (![parsed.N, parsed.r, parsed.p].every((x) => Number.isInteger(x) && x > 0) || parsed.key.length === 0) return null;
  return parsed;
}

/**
 * Whether `password` matches `stored`. A missing or unusable hash (an unknown user, an account without a password)
 * is checked against the dummy hash and answers false after the same work.
 */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const real = stored ? parse(stored) : null;
  const { N, r, p, salt, key } = real ?? parse(await dummyPasswordHash())!;
  const actual = await scryptAsync(password, salt, key.length, { N, r, p, maxmem: 128 * N * r * 2 });
  return real !== null && actual.length === key.length && timingSafeEqual(actual, key);
}
