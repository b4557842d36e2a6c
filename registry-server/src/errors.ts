/*
 * The error catalogue of the registry server. Every error that reaches a client has a stable `TOOLBOX_*` code from
 * this file (docs/registry-server.md lists them all; a test checks it). Messages name the field that is wrong.
 */
import createError from '@fastify/error';

export const Errors = {
  UNAUTHENTICATED: createError('TOOLBOX_UNAUTHENTICATED', 'Sign in first: no valid session cookie or bearer token', 401),
  LOGIN_FAILED: createError('TOOLBOX_LOGIN_FAILED', 'Wrong username or password', 401),
  FORBIDDEN: createError('TOOLBOX_FORBIDDEN', '%s', 403),
  NOT_FOUND: createError('TOOLBOX_NOT_FOUND', 'No route %s', 404),
  APP_NOT_FOUND: createError('TOOLBOX_APP_NOT_FOUND', 'No app with id "%s"', 404),
  VERSION_NOT_FOUND: createError('TOOLBOX_VERSION_NOT_FOUND', 'App "%s" has no version %s', 404),
  FILE_NOT_FOUND: createError('TOOLBOX_FILE_NOT_FOUND', 'No published file %s', 404),
  COLLECTION_NOT_FOUND: createError('TOOLBOX_COLLECTION_NOT_FOUND', 'The current manifest of "%s" declares no collection "%s"', 404),
  RECORD_NOT_FOUND: createError('TOOLBOX_RECORD_NOT_FOUND', 'No record "%s" in collection "%s"', 404),
  APP_RETIRED: createError('TOOLBOX_APP_RETIRED', 'App "%s" is retired', 410),
  BAD_REQUEST: createError('TOOLBOX_BAD_REQUEST', '%s', 400),
  VALIDATION_FAILED: createError('TOOLBOX_VALIDATION_FAILED', '%s', 400),
  MANIFEST_INVALID: createError('TOOLBOX_MANIFEST_INVALID', 'Invalid manifest: %s', 400),
  MANIFEST_MISSING: createError('TOOLBOX_MANIFEST_MISSING', 'The bundle has no toolbox.manifest.json at its root', 400),
  MANIFEST_ID_MISMATCH: createError('TOOLBOX_MANIFEST_ID_MISMATCH', 'manifest/id is "%s" but the URL names app "%s"', 400),
  ENTRY_URL_INVALID: createError('TOOLBOX_ENTRY_URL_INVALID', 'entry must be an http(s) URL, got "%s"', 400),
  ENTRY_NOT_FOUND: createError('TOOLBOX_ENTRY_NOT_FOUND', 'manifest/entry "%s" is not a file of the bundle', 400),
  BUNDLE_MISSING: createError('TOOLBOX_BUNDLE_MISSING', 'Send the bundle as the multipart file field "bundle"', 400),
  ARCHIVE_INVALID: createError('TOOLBOX_ARCHIVE_INVALID', 'bundle: %s', 400),
  ARCHIVE_UNSAFE: createError('TOOLBOX_ARCHIVE_UNSAFE', 'bundle: unsafe entry "%s" (%s)', 400),
  ARCHIVE_TOO_LARGE: createError('TOOLBOX_ARCHIVE_TOO_LARGE', 'bundle: %s', 400),
  PRELOAD_INVALID: createError('TOOLBOX_PRELOAD_INVALID', 'manifest/preload[%d]: %s %s', 400),
  BUNDLE_HASH_MISMATCH: createError('TOOLBOX_BUNDLE_HASH_MISMATCH', 'manifest/files/%s: %s', 400),
  UNIT_NOT_FOUND: createError('TOOLBOX_UNIT_NOT_FOUND', '%s: no unit "%s" in the org tree', 400),
  RETIRE_DATE_TOO_SOON: createError('TOOLBOX_RETIRE_DATE_TOO_SOON', 'retireOn must be %s or later (%d days of notice)', 400),
  REPLACEMENT_INVALID: createError('TOOLBOX_REPLACEMENT_INVALID', 'replacement: %s', 400),
  RECORD_INVALID: createError('TOOLBOX_RECORD_INVALID', 'Invalid record: %s', 400),
  APP_EXISTS: createError('TOOLBOX_APP_EXISTS', 'An app with id "%s" exists already', 409),
  VERSION_EXISTS: createError('TOOLBOX_VERSION_EXISTS', 'App "%s" has version %s already: versions are immutable, publish a new one', 409),
  INVALID_TRANSITION: createError('TOOLBOX_INVALID_TRANSITION', 'Cannot %s an app that is %s', 409),
  PAYLOAD_TOO_LARGE: createError('TOOLBOX_PAYLOAD_TOO_LARGE', '%s', 413),
  UNSUPPORTED_MEDIA_TYPE: createError('TOOLBOX_UNSUPPORTED_MEDIA_TYPE', '%s', 415),
  RATE_LIMITED: createError('TOOLBOX_RATE_LIMITED', 'Too many requests: try again in %s', 429),
  PASSWORD_WRONG: createError('TOOLBOX_PASSWORD_WRONG', 'password: not your current password', 401),
  TOKEN_EXPIRED: createError('TOOLBOX_TOKEN_EXPIRED', 'The bearer token expired on %s: create a new one (toolbox login)', 401),
  TOKEN_SCOPE: createError('TOOLBOX_TOKEN_SCOPE', 'The bearer token may not do this: %s', 403),
  PASSWORD_WEAK: createError('TOOLBOX_PASSWORD_WEAK', '%s', 400),
  ORIGIN_REFUSED: createError('TOOLBOX_ORIGIN_REFUSED', 'Refused a request from another site: %s', 403),
  URI_TOO_LONG: createError('TOOLBOX_URI_TOO_LONG', 'url: too long (%s)', 414),
  HEADERS_TOO_LARGE: createError('TOOLBOX_HEADERS_TOO_LARGE', 'headers: the request line and headers exceed the 16 KiB the server reads', 431),
  ARCHIVE_TIMEOUT: createError('TOOLBOX_ARCHIVE_TIMEOUT', 'bundle: unpacking took longer than %d ms, the limit: refused', 400),
  BUNDLE_FILE_TYPE: createError('TOOLBOX_BUNDLE_FILE_TYPE', 'bundle: "%s" is not a file type a remote needs (allowed: %s)', 400),
  COLLECTION_PATTERN_UNSUPPORTED: createError('TOOLBOX_COLLECTION_PATTERN_UNSUPPORTED', 'manifest/collections/%s %s; publish a version without it', 409),
  VERSION_NOT_PENDING: createError('TOOLBOX_INVALID_TRANSITION', 'Cannot %s %s: it is %s, and only a pending version is reviewed', 409),
  VERSION_NOT_APPROVED: createError('TOOLBOX_INVALID_TRANSITION', 'version: %s of "%s" is %s; only an approved version may become current', 409),
  VERSION_NOT_TRYABLE: createError('TOOLBOX_VERSION_NOT_TRYABLE', 'X-Toolbox-Version: %s of "%s" is %s; only a pending or approved version can be tried', 409),
  INTERNAL: createError('TOOLBOX_INTERNAL', 'Internal server error', 500),
} as const;

/** Every code of the catalogue (used by the docs test and the error handler). */
export const ERROR_CODES: readonly string[] = Object.values(Errors).map((E) => new E().code);
