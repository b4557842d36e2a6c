import type { ImportRecordsProgress, ImportReport } from '@toolbox/sdk';
import { createApiClient, type RouteRef } from '@toolbox/sdk/api/client';
import { apiUrl } from '../api/http.ts';
import { newEventId } from '../usage/newEventId.ts';
import { fetchWithUploadProgress } from './fetchWithUploadProgress.ts';
import { pollImportProgress } from './pollImportProgress.ts';

/**
 * A real import that says how far it is: `form` goes to `path` (`…/import`) with `query` through the contract's client,
 * as every data call does, only over fetchWithUploadProgress, so `onProgress` hears of the bytes sent (`uploading`);
 * once the last one is up, the registry is asked about once a second, under a token of this import's own, how far it
 * is (`reading`, `photos`, `writing`), until it answers. Never both at once: the bar does not jump between bytes and
 * photos. Answers and fails as the import over fetch does. A chunk of its own, fetched at such an import's start.
 */
export async function importWithProgress(
  path: string,
  query: URLSearchParams,
  form: FormData,
  headers: Record<string, string> | undefined,
  onProgress: (progress: ImportRecordsProgress) => void,
): Promise<ImportReport> {
  const token = newEventId();
  query.set('progress', token);
  let sent = 0;
  let uploaded = false;
  let stopPolling: (() => void) | undefined;
  const send = fetchWithUploadProgress({
    onProgress: (bytes, total) => {
      if (uploaded) return;
      sent = bytes;
      onProgress({ phase: 'uploading', sent, total });
    },
    onUploaded: (total) => {
      if (uploaded) return;
      uploaded = true;
      // The last report of the upload has every byte, also where the browser's last event came a little earlier.
      if (total > 0 && sent < total) onProgress({ phase: 'uploading', sent: total, total });
      stopPolling = pollImportProgress(`${path}/progress/${token}`, headers, onProgress);
    },
  });
  const client = createApiClient({ baseUrl: apiUrl(''), credentials: 'include', fetch: send });
  try {
    return (await client.request({ method: 'POST', url: `${path}?${query.toString()}` } as RouteRef, { body: form, headers } as never)) as ImportReport;
  } finally {
    uploaded = true;
    stopPolling?.();
  }
}
