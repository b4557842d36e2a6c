import { toApiError } from './ApiError.ts';
import { normalizeAudit } from './normalizeAudit.ts';
import type { AppReview, AppSummary, AuditEntry, Review, ReviewSettings } from './types.ts';

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
  apps(): Promise<AppSummary[]>;
  recordCost(id: string, annualCost: number | null, reason: string): Promise<void>;
  deprecate(id: string, body: { retireOn: string; reason: string; replacement?: string }): Promise<void>;
  retire(id: string, reason: string): Promise<void>;
  restore(id: string, reason: string): Promise<void>;
}

/** The console's only door to the server: same-origin JSON with the session cookie, errors as ApiError. */
export function createApi(options: ApiOptions = {}): AdminApi {
  const base = options.base ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

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

  return {
    csvUrl: (year) => `${base}/api/reviews/${year}?format=csv`,
    auditCsvUrl: (year) => `${base}/api/reviews/${year}?format=csv&part=audit`,
    review: (year) => call<Review>('GET', `/api/reviews/${year}`),
    appReview: (year, id) => call<AppReview>('GET', `/api/reviews/${year}/apps/${encodeURIComponent(id)}`),
    settings: async () => (await call<{ settings: ReviewSettings }>('GET', '/api/review-settings')).settings,
    lifecycleSettings: () => call<{ noticeDays: number }>('GET', '/api/settings/lifecycle'),
    saveSettings: async (settings) =>
      (await call<{ settings: ReviewSettings }>('PUT', '/api/review-settings', settings)).settings,
    audit: async (appId) => {
      const result = await call<{ items: Record<string, unknown>[] }>(
        'GET',
        `/api/audit?app=${encodeURIComponent(appId)}`,
      );
      return result.items.map(normalizeAudit);
    },
    apps: async () => {
      const result = await call<AppSummary[] | { apps?: AppSummary[]; items?: AppSummary[] }>('GET', '/api/apps');
      return Array.isArray(result) ? result : (result.apps ?? result.items ?? []);
    },
    recordCost: (id, annualCost, reason) => call('PATCH', app(id), { annualCost, reason }),
    deprecate: (id, body) => call('POST', `${app(id)}/deprecate`, body),
    retire: (id, reason) => call('POST', `${app(id)}/retire`, { reason }),
    restore: (id, reason) => call('POST', `${app(id)}/restore`, { reason }),
  };
}
