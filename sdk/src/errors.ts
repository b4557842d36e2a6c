/**
 * The SDK's error catalogue: the message of every error the SDK, the Vite plugin or the CLI raises. Each code is one
 * of the code registry (`shared/api/codes.ts`, which says what it means), so scripts can match on the code and the
 * docs can list every one (a test checks that they do). The registry is imported for its types only: the catalogue
 * ships to the browser without it. This file is imported by browser code too: it must stay free of Node imports.
 */
import type { CODES, ServerCode, ToolboxCode } from './shared/api/codes.ts';
import type { RecordChange } from './shared/api/data.ts';
import type { DataRecord } from './shared/types.ts';

/** One entry of the catalogue: what went wrong, as a message template with `{0}`, `{1}`… placeholders. */
interface ErrorSpec {
  /** The HTTP status the error maps to when a server reports it; 500 for local failures. */
  status: number;
  message: string;
}

/** A code of the registry server must carry the registry's status; a client's own code picks its own. */
type SpecOf<C extends ToolboxCode> = ErrorSpec & { status: C extends ServerCode ? (typeof CODES)[C]['status'] : number };

/** Every SDK error code, with its status and message template. */
export const SDK_ERRORS = {
  TOOLBOX_MANIFEST_INVALID: { status: 400, message: 'toolbox.manifest.json is invalid: {0}' },
  TOOLBOX_MANIFEST_NOT_FOUND: { status: 400, message: 'No toolbox.manifest.json in {0}' },
  TOOLBOX_MANIFEST_UNREADABLE: { status: 400, message: 'toolbox.manifest.json in {0} is not valid JSON: {1}' },
  TOOLBOX_SDK_NO_DOM_ELEMENT: { status: 500, message: 'The host did not pass props.domElement to {0}' },
  TOOLBOX_SDK_NO_CONTEXT: { status: 500, message: 'The host did not pass props.toolbox (the ToolboxContext) to {0}' },
  TOOLBOX_SDK_OUTSIDE_APP: { status: 500, message: '{0} was called outside a light app (no ToolboxProvider above it)' },
  TOOLBOX_DIST_MISSING: { status: 400, message: 'No built bundle at {0}: run `toolbox build` first' },
  TOOLBOX_DIST_ENTRY_MISSING: { status: 400, message: 'The entry {0} named by the manifest is not in dist/' },
  TOOLBOX_DIST_HASH_MISMATCH: { status: 400, message: 'The sha256 of {0} does not match the manifest' },
  TOOLBOX_DIST_FILE_MISSING: { status: 400, message: 'The file {0} listed in the manifest is not in dist/' },
  TOOLBOX_DIST_FILE_UNLISTED: { status: 400, message: 'The file {0} is in dist/ but not in the manifest' },
  // The data API's errors carry the registry server's own codes, so a plugin sees the same error from the test double
  // (`createMemoryData`), the dev shell and the desktop.
  TOOLBOX_COLLECTION_NOT_FOUND: { status: 404, message: 'The manifest declares no collection named {0}' },
  TOOLBOX_RECORD_INVALID: { status: 400, message: 'The record is invalid: {0}' },
  TOOLBOX_RECORD_NOT_FOUND: { status: 404, message: 'No record {1} in collection {0}' },
  TOOLBOX_RECORD_CHANGED: { status: 412, message: 'Record {1} of collection {0} was changed after revision {2} was read (it is at revision {3} now): nothing was written' },
  TOOLBOX_QUERY_INVALID: { status: 400, message: '{0}' },
  TOOLBOX_QUERY_FIELD_UNKNOWN: { status: 400, message: '{0}' },
  TOOLBOX_EXPORT_TOO_LARGE: { status: 400, message: '{0}' },
  TOOLBOX_EXPORT_PHOTOS_TOO_LARGE: { status: 400, message: '{0}' },
  // Photo uploads (toolbox.files) carry the registry's codes too: the desktop and the test double refuse alike.
  TOOLBOX_ATTACHMENT_NOT_IMAGE: { status: 415, message: '{0}: the file is not a JPEG, PNG or WebP photo (checked by its content, not its name)' },
  TOOLBOX_ATTACHMENT_TOO_LARGE: { status: 413, message: '{0}: {1}' },
  TOOLBOX_DATA_REQUEST_FAILED: { status: 502, message: 'The data request failed: {0} {1} {2}' },
  // Raised by the desktop's toolbox.navigate(): it goes only to its own paths (the contract in shared/types.ts).
  TOOLBOX_NAVIGATE_REFUSED: { status: 400, message: 'toolbox.navigate(to) refused to = {0}: not a path of this desktop (/, /app/<id>, ./…)' },
  TOOLBOX_CLI_DIR_NOT_EMPTY: { status: 400, message: 'The directory {0} exists and is not empty' },
  TOOLBOX_CLI_BAD_ID: { status: 400, message: 'Cannot make an app id from {0}: use lowercase letters, digits and dashes' },
  TOOLBOX_CLI_NO_REGISTRY: { status: 400, message: 'No registry: pass --registry URL or run `toolbox login --registry URL`' },
  TOOLBOX_CLI_NO_TOKEN: { status: 401, message: 'No token for {0}: pass --token, set TOOLBOX_TOKEN or run `toolbox login`' },
  TOOLBOX_CLI_REGISTRY_UNREACHABLE: { status: 502, message: 'Cannot reach the registry at {0}: {1}' },
  TOOLBOX_CLI_REGISTRY_ERROR: { status: 502, message: 'The registry answered {0} {1}: {2}' },
  TOOLBOX_CLI_BUILD_FAILED: { status: 500, message: 'The Vite build failed: {0}' },
  TOOLBOX_CLI_OUT_DIR: { status: 400, message: 'vite.config builds into {0}/, but toolbox validate and toolbox publish read dist/' },
} as const satisfies { [C in ToolboxCode]?: SpecOf<C> };

/** A stable SDK error code such as `TOOLBOX_MANIFEST_INVALID`. */
export type SdkErrorCode = keyof typeof SDK_ERRORS;

/** A JSON-pointer-addressed problem, as `validateManifest` and the collection checks report it. */
export interface FieldError {
  /** JSON pointer of the wrong value, e.g. `/owner/contact` (`''` for the whole document). */
  path: string;
  message: string;
  /** The JSON Schema keyword that failed (`required`, `maxLength`…), when the error comes from a schema. */
  keyword?: string;
  /** The keyword's parameters (`{ limit: 20 }`…), so a UI can word the message itself. */
  params?: Record<string, unknown>;
}

/** The error class of the SDK: `code` is stable, `message` is for people, `details` lists field errors when there are any. */
export class ToolboxSdkError extends Error {
  readonly code: SdkErrorCode;
  readonly statusCode: number;
  readonly details: FieldError[];
  /** The values filled into the message template, so a CLI can word the message in another language. */
  readonly args: readonly (string | number)[];

  /** `statusCode` overrides the catalogue's status where the registry answered with another one. */
  constructor(code: SdkErrorCode, args: readonly (string | number)[] = [], details: FieldError[] = [], statusCode?: number) {
    const spec = SDK_ERRORS[code];
    super(spec.message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? '')));
    this.name = 'ToolboxSdkError';
    this.code = code;
    this.statusCode = statusCode ?? spec.status;
    this.details = details;
    this.args = args;
  }
}

/**
 * `TOOLBOX_RECORD_CHANGED`: an `update` with `ifRevision` found the record changed since (by someone else, or in
 * another tab). Nothing was written. `current` is the record as it is now; `lastChange` says who changed it last,
 * when and which fields (null in the test double, which keeps no history). Check it with
 * `isToolboxSdkError(error, 'TOOLBOX_RECORD_CHANGED')`, which works across copies of the SDK as `instanceof` may not.
 */
export class RecordChangedError extends ToolboxSdkError {
  readonly current: DataRecord;
  readonly lastChange: RecordChange | null;

  constructor(collection: string, expected: number, current: DataRecord, lastChange: RecordChange | null) {
    super('TOOLBOX_RECORD_CHANGED', [collection, current.id, expected, current.revision ?? 0]);
    this.current = current;
    this.lastChange = lastChange;
  }
}

/** Whether `value` is a ToolboxSdkError, optionally with the given code; works across copies of the SDK. */
export function isToolboxSdkError(value: unknown, code: 'TOOLBOX_RECORD_CHANGED'): value is RecordChangedError;
export function isToolboxSdkError(value: unknown, code?: SdkErrorCode): value is ToolboxSdkError;
export function isToolboxSdkError(value: unknown, code?: SdkErrorCode): value is ToolboxSdkError {
  if (!(value instanceof Error) || value.name !== 'ToolboxSdkError') return false;
  return code === undefined || (value as ToolboxSdkError).code === code;
}
