import type { RosterOptions, RosterOutcome, RosterReport } from './rosterTypes.ts';

/**
 * Uploads a roster (multipart field `file`). A refusal answers the Toolbox error shape and, for rows at fault, the
 * report: both come back as an outcome rather than a thrown error, so the panel can show which rows and why.
 */
export async function importRoster(doFetch: typeof fetch, base: string, file: Blob, fileName: string, options: RosterOptions): Promise<RosterOutcome> {
  const form = new FormData();
  form.append('file', file, fileName);
  const params = new URLSearchParams({ mode: options.mode, passwords: options.passwords });
  if (options.dryRun) params.set('dryRun', '1');
  const response = await doFetch(`${base}/api/org/import?${params}`, { method: 'POST', credentials: 'include', headers: { accept: 'application/json' }, body: form });
  const text = await response.text();
  let body: { code?: string; message?: string; report?: RosterReport } & Partial<RosterReport> = {};
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    // not JSON (a proxy's page): the status line says what happened
  }
  if (response.ok) return { ok: true, report: body as RosterReport };
  return { ok: false, code: body.code ?? `HTTP_${response.status}`, message: body.message ?? `${response.status} ${response.statusText}`, report: body.report };
}

export function rosterFileUrl(base: string, kind: 'export' | 'template', format: 'csv' | 'xlsx'): string {
  return `${base}/api/org/${kind === 'export' ? 'export' : 'import/template'}?format=${format}`;
}
