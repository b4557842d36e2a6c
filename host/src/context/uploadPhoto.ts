import type { UploadedFile, UploadOptions } from '@toolbox/sdk';
import type { ErrorBody } from '@toolbox/sdk/api';
import { apiUrl } from '../api/http.ts';
import { dataHeaders } from './dataVersion.ts';
import { toUploadError } from './toDataError.ts';

/**
 * `toolbox.files.upload`: one photo as multipart `file` to `POST /api/apps/:id/attachments?field=`. XMLHttpRequest
 * rather than fetch, because only it reports upload progress (a 5 MB photo over a committee's line takes seconds).
 * A chunk of its own, fetched at the first upload (createToolboxContext): most opens upload nothing, and the desktop's
 * first load stays within its budget.
 */
export function uploadPhoto(appId: string, file: Blob, options: UploadOptions): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(`/api/apps/${encodeURIComponent(appId)}/attachments?field=${encodeURIComponent(options.field)}`));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(dataHeaders(appId) ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = {};
      }
      if (xhr.status === 201) resolve(body as UploadedFile);
      else reject(toUploadError(xhr.status, body as Partial<ErrorBody>, options.field));
    };
    xhr.onerror = () => reject(toUploadError(0, { message: 'network error' }, options.field));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file instanceof File ? file.name : 'photo');
    xhr.send(form);
  });
}
