import type { AppDto, AuditEntry, UserDto } from '@toolbox/sdk/api';
import {
  createApiClient,
  deprecateApp,
  getLifecycleSettings,
  getMe,
  listApps,
  listAudit,
  patchApp,
  restoreApp,
  retireApp,
} from '@toolbox/sdk/api/client';
import { toApiError } from './ApiError.ts';
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
  lifecycleSettings(): Promise<{ noticeDays: number }>;
  saveSettings(settings: ReviewSettings): Promise<ReviewSettings>;
  audit(appId: string): Promise<AuditEntry[]>;
  apps(): Promise<AppDto[]>;
  recordCost(id: string, annualCost: number | null, reason: string): Promise<void>;
  deprecate(id: string, body: { retireOn: string; reason: string; replacement?: string }): Promise<void>;
  retire(id: string, reason: string): Promise<void>;
  restore(id: string, reason: string): Promise<void>;
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
  createUser(body: { username: string; name: string; phone?: string | null; unitId: string; role: StaffRole; adminOf?: string | null }): Promise<{ user: StaffUser; temporaryPassword: string }>;
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
  // The routes the contract declares go through its typed client (`@toolbox/sdk/api/client`: references without
  // schemas, so no TypeBox in the bundle); `call` serves the rest.
  const client = createApiClient({ baseUrl: base, fetch: doFetch, credentials: 'include' });

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method, credentials: 'include', headers: { accept: 'application/json' } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { ...init.headers, 'content-type': 'application/json' };
    }
    const response = await doFetch(`${base}${path}`, init);
    if (!response.ok) throw await toApiError(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const app = (id: string) => `/api/apps/${encodeURIComponent(id)}`;
  const version = (id: string, v: string) => `${app(id)}/versions/${encodeURIComponent(v)}`;

  return {
    csvUrl: (year) => `${base}/api/reviews/${year}?format=csv`,
    auditCsvUrl: (year) => `${base}/api/reviews/${year}?format=csv&part=audit`,
    review: (year) => call<Review>('GET', `/api/reviews/${year}`),
    appReview: (year, id) => call<AppReview>('GET', `/api/reviews/${year}/apps/${encodeURIComponent(id)}`),
    settings: async () => (await call<{ settings: ReviewSettings }>('GET', '/api/review-settings')).settings,
    lifecycleSettings: () => client.request(getLifecycleSettings),
    saveSettings: async (settings) =>
      (await call<{ settings: ReviewSettings }>('PUT', '/api/review-settings', settings)).settings,
    audit: async (appId) => (await client.request(listAudit, { query: { app: appId } })).items,
    apps: async () => (await client.request(listApps)).items,
    recordCost: async (id, annualCost, reason) => void (await client.request(patchApp, { params: { id }, body: { annualCost, reason } })),
    deprecate: async (id, body) => void (await client.request(deprecateApp, { params: { id }, body })),
    retire: async (id, reason) => void (await client.request(retireApp, { params: { id }, body: { reason } })),
    restore: async (id, reason) => void (await client.request(restoreApp, { params: { id }, body: { reason } })),
    reviewQueue: async () => (await call<{ items: ReviewQueueItem[] }>('GET', '/api/review-queue')).items,
    versionDiff: (id, v) => call<VersionDiff>('GET', `${version(id, v)}/diff`),
    // An approval's reason is optional: an empty one is left out rather than sent as "".
    approveVersion: (id, v, reason) => call('POST', `${version(id, v)}/approve`, reason ? { reason } : {}),
    rejectVersion: (id, v, reason) => call('POST', `${version(id, v)}/reject`, { reason }),
    trustedUnits: async () => (await call<{ units: UnitRef[] }>('GET', '/api/review/trusted-units')).units,
    // The contract fixes the request, not the answer's body: the panel reads the list again after saving.
    saveTrustedUnits: (units, reason) => call('PUT', '/api/review/trusted-units', { units, reason }),
    orgUnits: async () => (await call<{ items: OrgUnit[] }>('GET', '/api/org/units')).items,
    manageableUnits: async () => (await call<{ items: OrgUnit[] }>('GET', '/api/org/units?manageable=1')).items,
    me: async () => (await client.request(getMe)).user,
    createUnit: async (body) => (await call<{ unit: OrgUnit }>('POST', '/api/org/units', body)).unit,
    updateUnit: async (id, body) => (await call<{ unit: OrgUnit }>('PATCH', `/api/org/units/${encodeURIComponent(id)}`, body)).unit,
    deleteUnit: (id) => call('DELETE', `/api/org/units/${encodeURIComponent(id)}`),
    users: (query) => {
      const params = new URLSearchParams();
      if (query.unit) params.set('unit', query.unit);
      if (query.subunits) params.set('subunits', '1');
      if (query.q) params.set('q', query.q);
      if (query.includeDisabled) params.set('includeDisabled', '1');
      params.set('limit', String(query.limit ?? 200));
      return call<{ items: StaffUser[]; total: number }>('GET', `/api/users?${params}`);
    },
    createUser: (body) => call<{ user: StaffUser; temporaryPassword: string }>('POST', '/api/users', body),
    updateUser: async (id, body) => (await call<{ user: StaffUser }>('PATCH', `/api/users/${encodeURIComponent(id)}`, body)).user,
    importRoster: (file, fileName, options) => importRoster(doFetch, base, file, fileName, options),
    rosterUrl: (kind, format) => rosterFileUrl(base, kind, format),
    resetPassword: async (id) => (await call<{ temporaryPassword: string }>('POST', `/api/users/${encodeURIComponent(id)}/password-reset`)).temporaryPassword,
    tokens: async () => (await call<{ items: ApiToken[] }>('GET', '/api/tokens?all=1')).items,
    revokeToken: (id) => call('DELETE', `/api/tokens/${encodeURIComponent(id)}`),
  };
}
