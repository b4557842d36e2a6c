import type { UploadedFile, UploadOptions } from '@toolbox/sdk';
import type { ErrorBody } from '@toolbox/sdk/api';
import { apiUrl } from '../api/http.ts';
import { dataHeaders } from './dataVersion.ts';
import { fetchWithUploadProgress } from './fetchWithUploadProgress.ts';
import { toUploadError } from './toDataError.ts';

/**
 * `toolbox.files.upload`: one photo as multipart `file` to `POST /api/apps/:id/attachments?field=`, reporting the
 * share sent as it goes up (fetchWithUploadProgress). A chunk of its own, fetched at the first upload
 * (createToolboxContext): most opens upload nothing, and the desktop's first load stays within its budget.
 */
export async function uploadPhoto(appId: string, file: Blob, options: UploadOptions): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', file, file instanceof File ? file.name : 'photo');
  const send = fetchWithUploadProgress({ onProgress: (sent, total) => options.onProgress?.(sent / total) });
  let response: Response;
  try {
    response = await send(apiUrl(`/api/apps/${encodeURIComponent(appId)}/attachments?field=${encodeURIComponent(options.field)}`), {
      method: 'POST',
      body: form,
      headers: { accept: 'application/json', ...dataHeaders(appId) },
      credentials: 'include',
      signal: options.signal,
    });
  } catch {
    if (options.signal?.aborted) throw new DOMException('The upload was cancelled', 'AbortError');
    throw toUploadError(0, { message: 'network error' }, options.field);
  }
  const body = (await response.json().catch(() => ({}))) as Partial<ErrorBody>;
  if (response.status === 201) return body as UploadedFile;
  throw toUploadError(response.status, body, options.field);
}
