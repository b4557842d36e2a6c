import { Errors } from '../errors.ts';
import { shownPath } from './EntryPaths.ts';

/**
 * The refusal for a failure no check foresaw while unpacking. A filesystem error's message holds the server's own
 * paths (`EEXIST: …, open '/tmp/toolbox-data-…/.tmp/<uuid>/raw/x.js'`): the client gets the entry, when it is known,
 * and the error's code, never that message. An error of the catalogue (TOOLBOX_*) is already worded for the client.
 */
export function unpackFailure(error: unknown, entry?: string): Error {
  const { code, syscall, errno, message } = (error ?? {}) as { code?: unknown; syscall?: unknown; errno?: unknown; message?: unknown };
  if (typeof code === 'string' && code.startsWith('TOOLBOX_')) return error as Error;
  const what = entry === undefined ? 'cannot unpack it' : `cannot unpack "${shownPath(entry)}"`;
  const isSystemError = typeof syscall === 'string' || typeof errno === 'number';
  // An archive library's own words describe the archive (yauzl: "too many bytes in the stream"): they are kept.
  if (entry !== undefined && !isSystemError && typeof message === 'string') return new Errors.ARCHIVE_INVALID(`${what}: ${message}`);
  return new Errors.ARCHIVE_INVALID(`${what} (${typeof code === 'string' ? code : 'unexpected error'})`);
}
