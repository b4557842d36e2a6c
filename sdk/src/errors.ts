/**
 * The SDK's error catalogue: the message of every error the SDK, the Vite plugin or the CLI raises. Each code is one
 * of the code registry (`shared/api/codes.ts`, which says what it means and, for the server's codes, its status), so
 * scripts can match on the code and the docs can list every one (a test checks that they do).
 * This file is imported by browser code too: it must stay free of Node imports.
 */
import { CODES, type ClientCode, type ServerCode, type ToolboxCode } from './shared/api/codes.ts';

/** One entry of the catalogue: what went wrong, as a message template with `{0}`, `{1}`… placeholders. */
interface ErrorSpec {
  /** The registry server's status for its codes; for the SDK's own, 400 for a fault of the app or its user, 500 for one of the host, 502 for the network. */
  status: number;
  message: string;
}

/** The status of each code only a client raises (the registry has none: no HTTP answer carries them). */
const CLIENT_STATUS = {
  TOOLBOX_MANIFEST_NOT_FOUND: 400,
  TOOLBOX_MANIFEST_UNREADABLE: 400,
  TOOLBOX_SDK_NO_DOM_ELEMENT: 500,
  TOOLBOX_SDK_NO_CONTEXT: 500,
  TOOLBOX_SDK_OUTSIDE_APP: 500,
  TOOLBOX_DIST_MISSING: 400,
  TOOLBOX_DIST_ENTRY_MISSING: 400,
  TOOLBOX_DIST_HASH_MISMATCH: 400,
  TOOLBOX_DIST_FILE_MISSING: 400,
  TOOLBOX_DIST_FILE_UNLISTED: 400,
  TOOLBOX_DATA_REQUEST_FAILED: 502,
  TOOLBOX_CLI_DIR_NOT_EMPTY: 400,
  TOOLBOX_CLI_BAD_ID: 400,
  TOOLBOX_CLI_NO_REGISTRY: 400,
  TOOLBOX_CLI_NO_TOKEN: 401,
  TOOLBOX_CLI_REGISTRY_UNREACHABLE: 502,
  TOOLBOX_CLI_REGISTRY_ERROR: 502,
  TOOLBOX_CLI_BUILD_FAILED: 500,
} as const satisfies Partial<Record<ClientCode, number>>;

const MESSAGES = {
  TOOLBOX_MANIFEST_INVALID: 'toolbox.manifest.json is invalid: {0}',
  TOOLBOX_MANIFEST_NOT_FOUND: 'No toolbox.manifest.json in {0}',
  TOOLBOX_MANIFEST_UNREADABLE: 'toolbox.manifest.json in {0} is not valid JSON: {1}',
  TOOLBOX_SDK_NO_DOM_ELEMENT: 'The host did not pass props.domElement to {0}',
  TOOLBOX_SDK_NO_CONTEXT: 'The host did not pass props.toolbox (the ToolboxContext) to {0}',
  TOOLBOX_SDK_OUTSIDE_APP: '{0} was called outside a light app (no ToolboxProvider above it)',
  TOOLBOX_DIST_MISSING: 'No built bundle at {0}: run `toolbox build` first',
  TOOLBOX_DIST_ENTRY_MISSING: 'The entry {0} named by the manifest is not in dist/',
  TOOLBOX_DIST_HASH_MISMATCH: 'The sha256 of {0} does not match the manifest',
  TOOLBOX_DIST_FILE_MISSING: 'The file {0} listed in the manifest is not in dist/',
  TOOLBOX_DIST_FILE_UNLISTED: 'The file {0} is in dist/ but not in the manifest',
  // The data API's errors carry the registry server's own codes, so a plugin sees the same error from the test double
  // (`createMemoryData`), the dev shell and the desktop.
  TOOLBOX_COLLECTION_NOT_FOUND: 'The manifest declares no collection named {0}',
  TOOLBOX_RECORD_INVALID: 'The record is invalid: {0}',
  TOOLBOX_RECORD_NOT_FOUND: 'No record {1} in collection {0}',
  TOOLBOX_DATA_REQUEST_FAILED: 'The data request failed: {0} {1} {2}',
  TOOLBOX_CLI_DIR_NOT_EMPTY: 'The directory {0} exists and is not empty',
  TOOLBOX_CLI_BAD_ID: 'Cannot make an app id from {0}: use lowercase letters, digits and dashes',
  TOOLBOX_CLI_NO_REGISTRY: 'No registry: pass --registry URL or run `toolbox login --registry URL`',
  TOOLBOX_CLI_NO_TOKEN: 'No token for {0}: pass --token, set TOOLBOX_TOKEN or run `toolbox login`',
  TOOLBOX_CLI_REGISTRY_UNREACHABLE: 'Cannot reach the registry at {0}: {1}',
  TOOLBOX_CLI_REGISTRY_ERROR: 'The registry answered {0} {1}: {2}',
  TOOLBOX_CLI_BUILD_FAILED: 'The Vite build failed: {0}',
} as const satisfies Partial<Record<ToolboxCode, string>>;

/** A code the SDK raises, such as `TOOLBOX_MANIFEST_INVALID`: every one is a code of the registry. */
export type SdkErrorCode = keyof typeof MESSAGES;

// A client-only code needs its own status, a server code takes the registry's: a code with neither fails to compile here.
type WithoutStatus = Exclude<SdkErrorCode, ServerCode | keyof typeof CLIENT_STATUS>;
const everyCodeHasAStatus: [WithoutStatus] extends [never] ? true : WithoutStatus = true;
void everyCodeHasAStatus;

function statusOf(code: SdkErrorCode): number {
  return (CLIENT_STATUS as Partial<Record<SdkErrorCode, number>>)[code] ?? (CODES[code].status as number);
}

/** Every SDK error code, with its status and message template. */
export const SDK_ERRORS = Object.fromEntries(
  (Object.keys(MESSAGES) as SdkErrorCode[]).map((code) => [code, { status: statusOf(code), message: MESSAGES[code] }]),
) as { readonly [C in SdkErrorCode]: ErrorSpec };

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

/** Whether `value` is a ToolboxSdkError, optionally with the given code; works across copies of the SDK. */
export function isToolboxSdkError(value: unknown, code?: SdkErrorCode): value is ToolboxSdkError {
  if (!(value instanceof Error) || value.name !== 'ToolboxSdkError') return false;
  return code === undefined || (value as ToolboxSdkError).code === code;
}
