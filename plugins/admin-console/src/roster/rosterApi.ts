import { type ApiClient, ApiError, exportRoster, getRosterTemplate, importRoster as importRosterRoute } from '@toolbox/sdk/api/client';
import type { RosterOptions, RosterOutcome, RosterReport } from './rosterTypes.ts';

/**
 * Uploads a roster (multipart field `file`) through the contract's client. A refusal answers the Toolbox error shape
 * and, for rows at fault, the report: both come back as an outcome rather than a thrown error, so the panel can show
 * which rows and why.
 */
export async function importRoster(client: ApiClient, file: Blob, fileName: string, options: RosterOptions): Promise<RosterOutcome> {
  const form = new FormData();
  form.append('file', file, fileName);
  const query = { mode: options.mode, passwords: options.passwords, ...(options.lang ? { lang: options.lang } : {}), ...(options.dryRun ? { dryRun: '1' as const } : {}) };
  try {
    return { ok: true, report: await client.request(importRosterRoute, { query, body: form }) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const { report } = error as ApiError & { report?: RosterReport };
    return { ok: false, code: error.code, message: error.message, report };
  }
}

/** The roster's export or template, for a plain download link (the browser sends the session cookie). */
export function rosterFileUrl(client: ApiClient, kind: 'export' | 'template', format: 'csv' | 'xlsx'): string {
  return client.url(kind === 'export' ? exportRoster : getRosterTemplate, { query: { format } });
}
