/*
 * The one registry of every `TOOLBOX_*` error code in the product: the registry server's, its usage ingestion's, the
 * SDK's, the host's and the CLI's. The server builds its error classes from it (status and code), the clients type
 * their codes from it, and a test checks that the docs' error tables list exactly these codes with these statuses.
 * Browser code imports this file: no Node imports.
 */

/** Who raises the code: the registry server (`usage` for usage and review ingestion), or a client of it. */
export type CodeOrigin = 'server' | 'usage' | 'sdk' | 'host' | 'cli';

export interface CodeSpec {
  /** The HTTP status the server answers with; `null` for a code no HTTP answer carries (clients' own, usage rejections). */
  readonly status: number | null;
  /** Other statuses one code is answered with in a few places (docs list each, with when). */
  readonly alsoStatus?: readonly number[];
  readonly origin: CodeOrigin;
  /** What went wrong, in one English sentence (the docs say more, and when). */
  readonly meaning: string;
}

export const CODES = {
  // The registry server (docs/registry-server.md, "Errors").
  TOOLBOX_UNAUTHENTICATED: { status: 401, origin: 'server', meaning: 'No valid session cookie or bearer token.' },
  TOOLBOX_LOGIN_FAILED: { status: 401, origin: 'server', meaning: 'Wrong username or password.' },
  TOOLBOX_FORBIDDEN: { status: 403, origin: 'server', meaning: "Wrong role, not the app's owner, or the app is not open to the caller." },
  TOOLBOX_NOT_FOUND: { status: 404, origin: 'server', meaning: 'No such route.' },
  TOOLBOX_APP_NOT_FOUND: { status: 404, origin: 'server', meaning: 'No app with that id.' },
  TOOLBOX_VERSION_NOT_FOUND: { status: 404, origin: 'server', meaning: 'The app has no such version.' },
  TOOLBOX_FILE_NOT_FOUND: { status: 404, origin: 'server', meaning: 'No such published file.' },
  TOOLBOX_COLLECTION_NOT_FOUND: { status: 404, origin: 'server', meaning: "The app's current manifest declares no such collection." },
  TOOLBOX_RECORD_NOT_FOUND: { status: 404, origin: 'server', meaning: "No such record in the caller's scope." },
  TOOLBOX_RECORD_CHANGED: { status: 412, origin: 'server', meaning: 'The record was changed after the revision the write names (If-Match) was read; nothing was written. The body holds the record as it is now and its last change.' },
  TOOLBOX_APP_RETIRED: { status: 410, origin: 'server', meaning: 'The app is retired.' },
  TOOLBOX_BAD_REQUEST: { status: 400, origin: 'server', meaning: 'A malformed request (JSON that does not parse, a URL that does not decode…).' },
  TOOLBOX_VALIDATION_FAILED: { status: 400, origin: 'server', meaning: "Body, query or params break the route's schema." },
  TOOLBOX_MANIFEST_INVALID: { status: 400, origin: 'server', meaning: 'The manifest breaks the manifest schema or its rules.' },
  TOOLBOX_MANIFEST_MISSING: { status: 400, origin: 'server', meaning: "No toolbox.manifest.json at the archive's root." },
  TOOLBOX_MANIFEST_ID_MISMATCH: { status: 400, origin: 'server', meaning: "The manifest's id differs from the app in the URL." },
  TOOLBOX_ENTRY_URL_INVALID: { status: 400, origin: 'server', meaning: 'An external entry that is not an http(s) URL.' },
  TOOLBOX_ENTRY_UNREACHABLE: { status: 400, origin: 'server', meaning: 'The external entry could not be fetched at publish.' },
  TOOLBOX_ENTRY_TOO_LARGE: { status: 400, origin: 'server', meaning: 'The external entry is over the size limit.' },
  TOOLBOX_ENTRY_NOT_FOUND: { status: 400, origin: 'server', meaning: "The manifest's entry file is not in the bundle." },
  TOOLBOX_BUNDLE_MISSING: { status: 400, origin: 'server', meaning: 'No multipart file field "bundle".' },
  TOOLBOX_ARCHIVE_INVALID: { status: 400, origin: 'server', meaning: 'The bundle is not a readable .tgz or .zip.' },
  TOOLBOX_ARCHIVE_UNSAFE: { status: 400, origin: 'server', meaning: 'A bundle entry with "..", an absolute path, a backslash, or a link or device.' },
  TOOLBOX_ARCHIVE_TOO_LARGE: { status: 400, origin: 'server', meaning: 'The bundle is over an entry-count, unpacked-size or upload-size limit.' },
  TOOLBOX_ARCHIVE_TIMEOUT: { status: 400, origin: 'server', meaning: 'Unpacking the bundle took longer than the limit.' },
  TOOLBOX_PRELOAD_INVALID: { status: 400, origin: 'server', meaning: 'A manifest preload path that is not a file of the bundle, is the entry, or repeats.' },
  TOOLBOX_BUNDLE_HASH_MISMATCH: { status: 400, origin: 'server', meaning: 'A bundle file differs from (or lacks) its sha256 in the manifest.' },
  TOOLBOX_BUNDLE_FILE_TYPE: { status: 400, origin: 'server', meaning: 'A bundle file of a type a remote does not need.' },
  TOOLBOX_UNIT_NOT_FOUND: { status: 400, alsoStatus: [404], origin: 'server', meaning: 'A unit that is not in the org tree (404 when the URL names it).' },
  TOOLBOX_RETIRE_DATE_TOO_SOON: { status: 400, origin: 'server', meaning: 'retireOn is earlier than today plus the notice days.' },
  TOOLBOX_REPLACEMENT_INVALID: { status: 400, origin: 'server', meaning: 'The replacement app is missing, retired, or the app itself.' },
  TOOLBOX_RECORD_INVALID: { status: 400, origin: 'server', meaning: "A record breaks its collection's schema." },
  TOOLBOX_QUERY_INVALID: { status: 400, origin: 'server', meaning: 'A list or export query is malformed: a filter that is not field:op:value, an unknown operator, a search without searchIn.' },
  TOOLBOX_QUERY_FIELD_UNKNOWN: { status: 400, origin: 'server', meaning: "A filter, sort or search names a field the collection's schema does not declare." },
  TOOLBOX_EXPORT_TOO_LARGE: { status: 400, origin: 'server', meaning: 'An export would hold more rows than the limit (50,000): narrow the filters.' },
  TOOLBOX_EXPORT_PHOTOS_TOO_LARGE: { status: 400, origin: 'server', meaning: "An export with photos would carry more than the limit's bytes of photos (1 GiB): narrow the filters, or export without photos." },
  TOOLBOX_IMPORT_FILE_MISSING: { status: 400, origin: 'server', meaning: 'A record import without the multipart file field "file".' },
  TOOLBOX_IMPORT_FILE_INVALID: { status: 400, origin: 'server', meaning: 'The import is not a readable CSV or .xlsx with a header row (an old .xls, an empty sheet, a broken workbook).' },
  TOOLBOX_IMPORT_TOO_LARGE: { status: 413, origin: 'server', meaning: 'The import is over the size, unpacked-size or row limit (40 MiB, 5,000 rows, 500 photos), or reading it needs more memory or time than the server allows.' },
  TOOLBOX_IMPORT_INVALID: { status: 400, origin: 'server', meaning: "The import has rows or columns that do not fit the form (the body's report lists them); nothing was written." },
  TOOLBOX_IMPORT_CONFLICT: { status: 409, origin: 'server', meaning: 'A record the import was to update was changed or deleted while it ran; nothing was written (check the file again).' },
  TOOLBOX_IMPORT_NOT_RUNNING: { status: 404, origin: 'server', meaning: "No import of the caller's with this progress token is running (it has answered, or has not started yet)." },
  TOOLBOX_IMPORT_UNSUPPORTED: { status: 400, origin: 'server', meaning: "Records are imported only into a form app's records; a code-built app imports its own way." },
  TOOLBOX_APP_EXISTS: { status: 409, origin: 'server', meaning: 'An app with that id exists already.' },
  TOOLBOX_VERSION_EXISTS: { status: 409, origin: 'server', meaning: 'The version is published already (versions are immutable).' },
  TOOLBOX_VERSION_NOT_NEWER: { status: 409, origin: 'server', meaning: "The version is not above the app's current, approved or pending ones." },
  TOOLBOX_VERSION_NOT_TRYABLE: { status: 409, origin: 'server', meaning: 'X-Toolbox-Version names a version that is neither pending nor approved.' },
  TOOLBOX_INVALID_TRANSITION: { status: 409, origin: 'server', meaning: 'The app or version is not in a state that allows this change.' },
  TOOLBOX_APP_IN_USE: { status: 409, origin: 'server', meaning: 'Other apps run on this one (form apps on the form runtime): it cannot be deprecated or retired while they are not retired.' },
  TOOLBOX_FORM_INVALID: { status: 400, origin: 'server', meaning: 'A form definition breaks the definition schema or its rules (unknown field kind, unreachable state…).' },
  TOOLBOX_FORM_CHANGE_NEEDS_DECISION: { status: 409, origin: 'server', meaning: "A form version removes or narrows a field (or removes a state) of the current one without a decision in `retired`." },
  TOOLBOX_FORM_RUNTIME_MISSING: { status: 409, origin: 'server', meaning: 'The form runtime app has no current approved version, or is to be retired, so a form app cannot be published.' },
  TOOLBOX_FORM_TRANSITION_REFUSED: { status: 400, origin: 'server', meaning: "A form record's status change that the flow does not allow for the caller's role, or a new record not in the initial state." },
  TOOLBOX_COLLECTION_PATTERN_UNSUPPORTED: { status: 409, origin: 'server', meaning: 'The collection has a pattern RE2 cannot run.' },
  TOOLBOX_PAYLOAD_TOO_LARGE: { status: 413, origin: 'server', meaning: 'The request body is over the size limit.' },
  TOOLBOX_UNSUPPORTED_MEDIA_TYPE: { status: 415, origin: 'server', meaning: 'A body type the route does not take.' },
  TOOLBOX_ATTACHMENT_MISSING: { status: 400, origin: 'server', meaning: 'A photo upload without the multipart file field "file".' },
  TOOLBOX_ATTACHMENT_NOT_IMAGE: { status: 415, origin: 'server', meaning: 'An upload whose content is not a JPEG, PNG or WebP image that decodes (whatever its name or declared type).' },
  TOOLBOX_ATTACHMENT_TOO_LARGE: { status: 413, origin: 'server', meaning: 'A photo over 10 MB, or over 40 megapixels.' },
  TOOLBOX_ATTACHMENT_FIELD_INVALID: { status: 400, origin: 'server', meaning: "The upload's field is not a photo field of the app's form." },
  TOOLBOX_ATTACHMENT_NOT_FOUND: { status: 404, origin: 'server', meaning: 'No such photo that the caller may see.' },
  TOOLBOX_ATTACHMENT_REFUSED: { status: 400, origin: 'server', meaning: "A record names a photo that does not exist, belongs to another app, unit, field or record, or is another user's unsaved upload." },
  TOOLBOX_METHOD_NOT_ALLOWED: { status: 405, origin: 'server', meaning: 'The route does not take this HTTP method.' },
  TOOLBOX_RATE_LIMITED: { status: 429, origin: 'server', meaning: 'Too many requests (failed sign-ins); Retry-After says when to try again.' },
  TOOLBOX_PASSWORD_WRONG: { status: 401, origin: 'server', meaning: "The password is not the caller's current one." },
  TOOLBOX_TOKEN_EXPIRED: { status: 401, origin: 'server', meaning: 'The bearer token is past its expiry.' },
  TOOLBOX_TOKEN_SCOPE: { status: 403, origin: 'server', meaning: 'The bearer token is used beyond its scope.' },
  TOOLBOX_PASSWORD_WEAK: { status: 400, origin: 'server', meaning: 'The new password is too short, equals the username or is a common one.' },
  TOOLBOX_ORIGIN_REFUSED: { status: 403, origin: 'server', meaning: "A state-changing cookie request from another page than the desktop's own." },
  TOOLBOX_URI_TOO_LONG: { status: 414, origin: 'server', meaning: 'The URL or a path parameter is too long.' },
  TOOLBOX_HEADERS_TOO_LARGE: { status: 431, origin: 'server', meaning: 'The request line and headers are over 16 KiB.' },
  TOOLBOX_REQUEST_TIMEOUT: { status: 408, origin: 'server', meaning: 'The request took too long to arrive.' },
  TOOLBOX_ACCOUNT_DISABLED: { status: 401, origin: 'server', meaning: 'The account was disabled by an administrator.' },
  TOOLBOX_PASSWORD_CHANGE_REQUIRED: { status: 403, origin: 'server', meaning: 'The session signed in with a temporary password: choose a new one first.' },
  TOOLBOX_UNIT_EXISTS: { status: 409, origin: 'server', meaning: 'A unit id in use, a sibling with the same name, or a second district.' },
  TOOLBOX_UNIT_IN_USE: { status: 409, origin: 'server', meaning: 'The unit is named by something and cannot be deleted.' },
  TOOLBOX_UNIT_NOT_EMPTY: { status: 409, origin: 'server', meaning: 'The unit still has active users or child units.' },
  TOOLBOX_UNIT_CYCLE: { status: 409, origin: 'server', meaning: 'Moving a unit under itself or one of its descendants.' },
  TOOLBOX_UNIT_DISABLED: { status: 409, origin: 'server', meaning: 'The unit is disabled.' },
  TOOLBOX_USER_NOT_FOUND: { status: 404, origin: 'server', meaning: 'No user with that id.' },
  TOOLBOX_APP_OWNER_INVALID: { status: 400, origin: 'server', meaning: 'The account an app is handed over to cannot maintain it: disabled, or a role that may not publish it.' },
  TOOLBOX_USER_EXISTS: { status: 409, origin: 'server', meaning: 'The username is taken.' },
  TOOLBOX_ROSTER_FILE_MISSING: { status: 400, origin: 'server', meaning: 'No multipart file field "file".' },
  TOOLBOX_ROSTER_FILE_INVALID: { status: 400, origin: 'server', meaning: 'The roster is not a readable CSV or .xlsx with a known header.' },
  TOOLBOX_ROSTER_TOO_LARGE: { status: 413, origin: 'server', meaning: 'The roster is over the size or row limit, or reading it needs more memory or time than the server allows.' },
  TOOLBOX_ROSTER_INVALID: { status: 400, origin: 'server', meaning: 'The roster has rows that cannot be taken; nothing changed.' },
  TOOLBOX_ROSTER_OUTSIDE_SCOPE: { status: 403, origin: 'server', meaning: 'The roster has rows outside what the caller administers; nothing changed.' },
  TOOLBOX_SESSION_NOT_FOUND: { status: 404, origin: 'server', meaning: 'The caller has no such session.' },
  TOOLBOX_LOCAL_LOGIN_DISABLED: { status: 403, origin: 'server', meaning: 'Password sign-in is turned off on this server.' },
  TOOLBOX_SSO_NOT_CONFIGURED: { status: 404, origin: 'server', meaning: 'Single sign-on is not configured on this server.' },
  TOOLBOX_SSO_STATE_INVALID: { status: 400, origin: 'server', meaning: "The sign-in callback's state is missing, wrong, used or expired." },
  TOOLBOX_SSO_PROVIDER_FAILED: { status: 401, origin: 'server', meaning: 'The identity provider did not complete the sign-in.' },
  TOOLBOX_SSO_CLAIM_MISSING: { status: 403, origin: 'server', meaning: 'The identity provider sent no usable username claim.' },
  TOOLBOX_SSO_USER_UNKNOWN: { status: 403, origin: 'server', meaning: 'The username is not in the roster and accounts are not created on first sign-in.' },
  TOOLBOX_SSO_UNIT_UNKNOWN: { status: 403, origin: 'server', meaning: "A user to be created whose unit claim names no enabled unit." },
  TOOLBOX_SSO_REAUTH_MISMATCH: { status: 403, origin: 'server', meaning: "A re-authentication signed in as another user than the session's." },
  TOOLBOX_REAUTH_REQUIRED: { status: 401, origin: 'server', meaning: 'Give the password, or sign in through single sign-on again first.' },
  TOOLBOX_UNAVAILABLE: { status: 503, origin: 'server', meaning: "This instance cannot serve now: its database did not answer (GET /api/health)." },
  TOOLBOX_INTERNAL: { status: 500, origin: 'server', meaning: 'A bug: see the server log.' },

  // Usage and review (docs/metrics.md).
  TOOLBOX_USAGE_INVALID: { status: 400, origin: 'usage', meaning: 'The usage batch has the wrong shape.' },
  TOOLBOX_USAGE_BUSY: { status: 503, origin: 'usage', meaning: 'Usage ingestion is saturated; send the batch again later.' },
  TOOLBOX_USAGE_RATE_LIMITED: { status: 429, origin: 'usage', meaning: "Over the user's usage events per minute; nothing of the batch was stored." },
  TOOLBOX_RATING_INVALID: { status: 400, origin: 'usage', meaning: 'The score is not an integer 1–5, or the comment is not a string of at most 500 characters.' },
  TOOLBOX_REVIEW_SETTINGS_INVALID: { status: 400, origin: 'usage', meaning: 'Invalid review thresholds.' },
  TOOLBOX_REVIEW_YEAR_INVALID: { status: 400, origin: 'usage', meaning: 'The review year is not between 2000 and this year.' },
  // Why one event of a usage batch was not stored: listed in the batch's answer, not an HTTP error.
  TOOLBOX_USAGE_TOO_OLD: { status: null, origin: 'usage', meaning: 'The event is more than 7 days older than the server clock.' },
  TOOLBOX_USAGE_IN_FUTURE: { status: null, origin: 'usage', meaning: 'The event is later than the server clock.' },
  TOOLBOX_USAGE_UNKNOWN_APP: { status: null, origin: 'usage', meaning: 'No such app.' },
  TOOLBOX_USAGE_BAD_TYPE: { status: null, origin: 'usage', meaning: 'The event type is not open, close, load_error or action:<name>.' },
  TOOLBOX_USAGE_BAD_TIME: { status: null, origin: 'usage', meaning: 'The event time is not an ISO 8601 time.' },
  TOOLBOX_USAGE_NOT_VISIBLE: { status: null, origin: 'usage', meaning: 'The user may not open this app.' },
  TOOLBOX_USAGE_APP_RETIRED: { status: null, origin: 'usage', meaning: 'The app was retired when the event happened.' },
  TOOLBOX_USAGE_NOT_LIVE: { status: null, origin: 'usage', meaning: 'The app had no live version when the event happened.' },

  // The SDK, its Vite plugin and the dist check (docs/plugin-guide.md, "Errors").
  TOOLBOX_MANIFEST_NOT_FOUND: { status: null, origin: 'sdk', meaning: 'No toolbox.manifest.json in the directory.' },
  TOOLBOX_MANIFEST_UNREADABLE: { status: null, origin: 'sdk', meaning: 'toolbox.manifest.json is not valid JSON.' },
  TOOLBOX_SDK_NO_DOM_ELEMENT: { status: null, origin: 'sdk', meaning: 'The host mounted the app without props.domElement.' },
  TOOLBOX_SDK_NO_CONTEXT: { status: null, origin: 'sdk', meaning: 'The host mounted the app without props.toolbox.' },
  TOOLBOX_SDK_OUTSIDE_APP: { status: null, origin: 'sdk', meaning: 'A hook ran outside a ToolboxProvider.' },
  TOOLBOX_DIST_MISSING: { status: null, origin: 'sdk', meaning: 'No built bundle: run toolbox build first.' },
  TOOLBOX_DIST_ENTRY_MISSING: { status: null, origin: 'sdk', meaning: "The manifest's entry is not a file of dist/." },
  TOOLBOX_DIST_HASH_MISMATCH: { status: null, origin: 'sdk', meaning: 'A file of dist/ changed after the build.' },
  TOOLBOX_DIST_FILE_MISSING: { status: null, origin: 'sdk', meaning: 'A file listed in the manifest is not in dist/.' },
  TOOLBOX_DIST_FILE_UNLISTED: { status: null, origin: 'sdk', meaning: 'A file in dist/ is not listed in the manifest.' },
  TOOLBOX_DATA_REQUEST_FAILED: { status: null, origin: 'sdk', meaning: 'A data request failed without an answer in the registry shape.' },
  TOOLBOX_HTTP_ERROR: { status: null, origin: 'sdk', meaning: "The API client got an error answer that is not the registry's error body (a proxy's page…)." },
  TOOLBOX_NAVIGATE_REFUSED: { status: null, origin: 'sdk', meaning: "toolbox.navigate() was given a place that is not a path of the desktop (another site or origin, a javascript: or data: URL, a path outside / and /app/<id>)." },

  // The toolbox CLI (docs/plugin-guide.md, "Errors").
  TOOLBOX_CLI_DIR_NOT_EMPTY: { status: null, origin: 'cli', meaning: 'toolbox create into a directory that has files.' },
  TOOLBOX_CLI_BAD_ID: { status: null, origin: 'cli', meaning: 'No valid app id can be made from the directory name.' },
  TOOLBOX_CLI_NO_REGISTRY: { status: null, origin: 'cli', meaning: 'No --registry, TOOLBOX_REGISTRY or stored login.' },
  TOOLBOX_CLI_NO_TOKEN: { status: null, origin: 'cli', meaning: 'No --token, TOOLBOX_TOKEN or stored token for that registry.' },
  TOOLBOX_CLI_REGISTRY_UNREACHABLE: { status: null, origin: 'cli', meaning: 'The registry did not answer.' },
  TOOLBOX_CLI_REGISTRY_ERROR: { status: null, origin: 'cli', meaning: "The registry answered with an error not in the registry's shape." },
  TOOLBOX_CLI_BUILD_FAILED: { status: null, origin: 'cli', meaning: 'Vite reported an error during toolbox build.' },
  TOOLBOX_CLI_OUT_DIR: { status: null, origin: 'cli', meaning: "The app's Vite config builds into a folder other than dist/, which validate and publish read." },

  // The host's app runtime (docs/architecture.md, "Load errors"; docs/user-guide.md for users).
  TOOLBOX_HOST_SDK_INCOMPATIBLE: { status: null, origin: 'host', meaning: "The app's sdk range excludes the host API version." },
  TOOLBOX_HOST_INTEGRITY_MISMATCH: { status: null, origin: 'host', meaning: 'remoteEntry.js differs from the sha256 recorded at publish.' },
  TOOLBOX_HOST_REMOTE_UNREACHABLE: { status: null, origin: 'host', meaning: "The app's entry or a chunk could not be fetched or evaluated." },
  TOOLBOX_HOST_BAD_EXPORTS: { status: null, origin: 'host', meaning: './app gives no mount and unmount.' },
  TOOLBOX_HOST_FORM_DEFINITION_FAILED: { status: null, origin: 'host', meaning: "A form app's definition (form.json) could not be fetched or is not JSON." },
  TOOLBOX_HOST_TIMEOUT: { status: null, origin: 'host', meaning: 'A loading stage took longer than the timeout.' },
  TOOLBOX_HOST_BOOTSTRAP_FAILED: { status: null, origin: 'host', meaning: "The app's bootstrap threw or rejected." },
  TOOLBOX_HOST_MOUNT_FAILED: { status: null, origin: 'host', meaning: "The app's mount threw or rejected." },
  TOOLBOX_HOST_RENDER_FAILED: { status: null, origin: 'host', meaning: 'After mount, an error from the app reached window.' },
} as const satisfies Record<`TOOLBOX_${string}`, CodeSpec>;

/** Every `TOOLBOX_*` code of the product. */
export type ToolboxCode = keyof typeof CODES;

type Entry<C extends ToolboxCode> = (typeof CODES)[C];
type AlsoStatus<C extends ToolboxCode> = Entry<C> extends { alsoStatus: readonly (infer S)[] } ? S : never;

/** A code the registry server answers with as an HTTP error. */
export type ServerCode = { [C in ToolboxCode]: Entry<C>['status'] extends number ? C : never }[ToolboxCode];
/** A code of the server's usage ingestion that answers a whole request. */
export type UsageErrorCode = { [C in ServerCode]: Entry<C>['origin'] extends 'usage' ? C : never }[ServerCode];
/** Why one usage event of a batch was not stored. */
export type UsageRejectionCode = { [C in ToolboxCode]: Entry<C>['origin'] extends 'usage' ? (Entry<C>['status'] extends null ? C : never) : never }[ToolboxCode];
/** A code only a client (SDK, CLI, host) raises. */
export type ClientCode = { [C in ToolboxCode]: Entry<C>['origin'] extends 'sdk' | 'cli' | 'host' ? C : never }[ToolboxCode];
export type HostCode = { [C in ToolboxCode]: Entry<C>['origin'] extends 'host' ? C : never }[ToolboxCode];
/** The statuses the server may answer `C` with. */
export type StatusOf<C extends ServerCode> = Entry<C>['status'] | AlsoStatus<C>;

export function isToolboxCode(value: unknown): value is ToolboxCode {
  return typeof value === 'string' && Object.hasOwn(CODES, value);
}

/** The registry as a list (`code` included), in the order above. */
export const CODE_LIST: readonly (CodeSpec & { readonly code: ToolboxCode })[] = Object.entries(CODES).map(([code, spec]) => ({
  code: code as ToolboxCode,
  ...spec,
}));
