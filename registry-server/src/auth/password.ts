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

/**
 * How many of a batch's hashes run at once. scrypt runs on libuv's thread pool (four threads), which every sign-in's
 * password check shares: 500 hashes handed over at once queued every sign-in in the district behind the whole batch
 * (17 s in a measured roster import), while two at a time leave threads free and use both cores all the same.
 */
const HASHES_AT_ONCE = 2;

/** Hashes of `passwords`, in their order, a couple at a time so that sign-ins keep answering meanwhile. */
export async function hashPasswords(passwords: readonly string[]): Promise<string[]> {
  const hashes: string[] = [];
  for (let i = 0; i < passwords.length; i += HASHES_AT_ONCE) {
    hashes.push(...(await Promise.all(passwords.slice(i, i + HASHES_AT_ONCE).map(hashPassword))));
  }
  return hashes;
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
