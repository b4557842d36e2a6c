import type { AppDto, AuditEntry, RouteBody, UserDto } from '@toolbox/sdk/api';
import {
  approveVersion,
  createApiClient,
  createUnit,
  createUser,
  deleteUnit,
  deprecateApp,
  getAppReview,
  getMe,
  getReview,
  getReviewQueue,
  getReviewSettings,
  getTrustedUnits,
  getVersionDiff,
  handOverApp,
  listApps,
  listAudit,
  listTokens,
  listUnits,
  listUsers,
  listVersions,
  patchApp,
  patchUnit,
  patchUser,
  putReviewSettings,
  putTrustedUnits,
  rejectVersion,
  resetUserPassword,
  restoreApp,
  retireApp,
  revokeToken,
} from '@toolbox/sdk/api/client';
import { importRoster, rosterFileUrl } from '../roster/rosterApi.ts';
import type { RosterOptions, RosterOutcome } from '../roster/rosterTypes.ts';
import type {
  ApiToken,
  AppReview,
  OrgUnit,
  Review,
  StaffRole,
  StaffUser,
  UnitKind,
  UserQuery,
  ReviewQueueItem,
  ReviewSettings,
  UnitRef,
  VersionDiff,
} from './types.ts';

export interface ApiOptions {
  /** Origin of the registry server; '' (the default) means the page's own origin, as the host serves both. */
  base?: string;
  /** Replaced in tests to carry a session cookie outside a browser. */
  fetch?: typeof fetch;
}

export interface AdminApi {
  /** Absolute or same-origin URL of the review's CSV, for a plain download link. */
  csvUrl(year: number): string;
  /** The year's audit log as CSV, exported with the review. */
  auditCsvUrl(year: number): string;
  review(year: number): Promise<Review>;
  appReview(year: number, id: string): Promise<AppReview>;
  settings(): Promise<ReviewSettings>;
  /** The notice a deprecation needs, as the deprecate route checks it. */
  saveSettings(settings: ReviewSettings): Promise<ReviewSettings>;
  audit(appId: string): Promise<AuditEntry[]>;
  apps(): Promise<AppDto[]>;
  recordCost(id: string, annualCost: number | null, reason: string): Promise<void>;
  deprecate(id: string, body: { retireOn: string; reason: string; replacement?: string }): Promise<void>;
  retire(id: string, reason: string): Promise<void>;
  restore(id: string, reason: string): Promise<void>;
  /** Gives the app to another maintainer (admins); audited with the reason. */
  handOver(id: string, userId: string, reason: string): Promise<void>;
  /** The kinds of the app's versions (form, bundle, external), newest first: who may maintain it (`maintainerRoles`). */
  versionKinds(id: string): Promise<string[]>;
  /** Every pending version, oldest first (admin, reviewer). */
  reviewQueue(): Promise<ReviewQueueItem[]>;
  versionDiff(appId: string, version: string): Promise<VersionDiff>;
  approveVersion(appId: string, version: string, reason?: string): Promise<void>;
  rejectVersion(appId: string, version: string, reason: string): Promise<void>;
  /** Owner units whose versions skip review. */
  trustedUnits(): Promise<UnitRef[]>;
  saveTrustedUnits(units: string[], reason: string): Promise<void>;
  orgUnits(): Promise<OrgUnit[]>;
  /** The units the caller administers (all for an admin; a street's 管理员: their subtree). */
  manageableUnits(): Promise<OrgUnit[]>;
  me(): Promise<UserDto>;
  createUnit(body: { name: string; kind: UnitKind; parentId: string; nameEn?: string | null }): Promise<OrgUnit>;
  updateUnit(id: string, body: { name?: string; nameEn?: string | null; kind?: UnitKind; parentId?: string; disabled?: boolean }): Promise<OrgUnit>;
  deleteUnit(id: string): Promise<void>;
  users(query: UserQuery): Promise<{ items: StaffUser[]; total: number }>;
  createUser(body: { username: string; name: string; phone?: string | null; unitId: string; role: StaffRole; adminOf?: string | null }): Promise<{ user: StaffUser; temporaryPassword: string | null }>;
  updateUser(id: string, body: { name?: string; phone?: string | null; unitId?: string; role?: StaffRole; adminOf?: string | null; disabled?: boolean }): Promise<StaffUser>;
  resetPassword(id: string): Promise<string>;
  /** The roster: a dry run or an import of a CSV/.xlsx; refusals come back with the rows at fault. */
  importRoster(file: Blob, fileName: string, options: RosterOptions): Promise<RosterOutcome>;
  /** Same-origin URL of the roster's export or template, for a plain download link. */
  rosterUrl(kind: 'export' | 'template', format: 'csv' | 'xlsx'): string;
  /** Everyone's API tokens, newest first (admin). */
  tokens(): Promise<ApiToken[]>;
  revokeToken(id: string): Promise<void>;
}

/** The console's only door to the server: same-origin JSON with the session cookie, errors as ApiError. */
export function createApi(options: ApiOptions = {}): AdminApi {
  const base = options.base ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  // Every route goes through the contract's typed client (`@toolbox/sdk/api/client`: references without schemas, so no
  // TypeBox in the bundle): JSON, the roster's multipart upload, and the URLs of the download links.
  const client = createApiClient({ baseUrl: base, fetch: doFetch, credentials: 'include' });

  const flag = (on: boolean | undefined) => (on ? ('1' as const) : undefined);

  return {
    csvUrl: (year) => client.url(getReview, { params: { year: String(year) }, query: { format: 'csv' } }),
    auditCsvUrl: (year) => client.url(getReview, { params: { year: String(year) }, query: { format: 'csv', part: 'audit' } }),
    review: (year) => client.request(getReview, { params: { year: String(year) } }),
    appReview: (year, id) => client.request(getAppReview, { params: { year: String(year), id } }),
    settings: async () => (await client.request(getReviewSettings)).settings,
    // The editor sends back whatever keys it was given; the server checks each (ranges, unknown keys).
    saveSettings: async (settings) => (await client.request(putReviewSettings, { body: settings as RouteBody<typeof putReviewSettings> })).settings,
    audit: async (appId) => (await client.request(listAudit, { query: { app: appId } })).items,
    apps: async () => (await client.request(listApps)).items,
    recordCost: async (id, annualCost, reason) => void (await client.request(patchApp, { params: { id }, body: { annualCost, reason } })),
    deprecate: async (id, body) => void (await client.request(deprecateApp, { params: { id }, body })),
    retire: async (id, reason) => void (await client.request(retireApp, { params: { id }, body: { reason } })),
    restore: async (id, reason) => void (await client.request(restoreApp, { params: { id }, body: { reason } })),
    versionKinds: async (id) => (await client.request(listVersions, { params: { id } })).items.map((v) => v.kind),
    handOver: async (id, userId, reason) => void (await client.request(handOverApp, { params: { id }, body: { userId, reason } })),
    reviewQueue: async () => (await client.request(getReviewQueue)).items,
    versionDiff: (id, version) => client.request(getVersionDiff, { params: { id, version } }),
    // An approval's reason is optional: an empty one is left out rather than sent as "".
    approveVersion: async (id, version, reason) => void (await client.request(approveVersion, { params: { id, version }, body: reason ? { reason } : {} })),
    rejectVersion: async (id, version, reason) => void (await client.request(rejectVersion, { params: { id, version }, body: { reason } })),
    trustedUnits: async () => (await client.request(getTrustedUnits)).units,
    // The panel reads the list again after saving.
    saveTrustedUnits: async (units, reason) => void (await client.request(putTrustedUnits, { body: { units, reason } })),
    orgUnits: async () => (await client.request(listUnits)).items,
    manageableUnits: async () => (await client.request(listUnits, { query: { manageable: '1' } })).items,
    me: async () => (await client.request(getMe)).user,
    createUnit: async (body) => (await client.request(createUnit, { body })).unit,
    updateUnit: async (id, body) => (await client.request(patchUnit, { params: { id }, body })).unit,
    deleteUnit: async (id) => void (await client.request(deleteUnit, { params: { id } })),
    users: (query) =>
      client.request(listUsers, {
        query: {
          unit: query.unit,
          subunits: flag(query.subunits),
          q: query.q,
          includeDisabled: flag(query.includeDisabled),
          roles: query.roles?.length ? query.roles.join(',') : undefined,
          limit: query.limit ?? 200,
        },
      }),
    createUser: (body) => client.request(createUser, { body }),
    updateUser: async (id, body) => (await client.request(patchUser, { params: { id }, body })).user,
    importRoster: (file, fileName, options) => importRoster(client, file, fileName, options),
    rosterUrl: (kind, format) => rosterFileUrl(client, kind, format),
    resetPassword: async (id) => (await client.request(resetUserPassword, { params: { id } })).temporaryPassword,
    tokens: async () => (await client.request(listTokens, { query: { all: '1' } })).items,
    revokeToken: async (tokenId) => void (await client.request(revokeToken, { params: { tokenId } })),
  };
}
