/**
 * Loads a lazy chunk that uses PasswordFields together with PasswordFields' own chunk. The host is built without
 * Vite's preload helper (vite.config.ts), so a chunk's imports would only be asked for once the chunk has arrived:
 * one more round trip before the account dialog or the password page shows.
 */
export function withPasswordFields<T>(chunk: Promise<T>): Promise<T> {
  return Promise.all([chunk, import('./PasswordFields.tsx')]).then(([module]) => module);
}
