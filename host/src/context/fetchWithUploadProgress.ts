/** Who hears how far an upload is. */
export interface UploadListeners {
  /** As the bytes go up: `sent` of `total` (the whole request body). */
  onProgress?(sent: number, total: number): void;
  /** Once the last byte is sent, before the server answers (not called when the upload failed). */
  onUploaded?(total: number): void;
}

/** `fetch` turns away the body of these statuses. */
const NULL_BODY = new Set([101, 204, 205, 304]);

/** Response headers as `getAllResponseHeaders` lists them (`name: value` lines). */
function headersOf(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * The desktop's one way to upload with progress: a `fetch` that sends through XMLHttpRequest, because only it reports
 * the bytes sent (a 5 MB photo or a 40 MB ledger takes seconds on a committee's line), and tells `listeners`. It
 * answers as fetch does, so a caller reads the answer, and fails, exactly as over fetch: a Response for any status,
 * a `TypeError` when the connection fails, the signal's reason when aborted. Only what an upload uses: a string or
 * URL, `method`, `headers`, `body`, `credentials: 'include'` (else same-origin) and `signal`. In lazy chunks only
 * (uploadPhoto.ts, importWithProgress.ts): the desktop's first load does without it.
 */
export function fetchWithUploadProgress(listeners: UploadListeners): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const { signal } = init;
      const aborted = () => signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
      if (signal?.aborted) {
        reject(aborted());
        return;
      }
      const xhr = new XMLHttpRequest();
      xhr.open(init.method ?? 'GET', input instanceof Request ? input.url : String(input));
      xhr.withCredentials = init.credentials === 'include';
      xhr.responseType = 'arraybuffer';
      for (const [name, value] of new Headers(init.headers)) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) listeners.onProgress?.(event.loaded, event.total);
      };
      xhr.upload.onload = (event) => listeners.onUploaded?.(event.total);
      xhr.onload = () => {
        if (xhr.status === 0) reject(new TypeError('Failed to fetch'));
        else resolve(new Response(NULL_BODY.has(xhr.status) ? null : (xhr.response as ArrayBuffer), { status: xhr.status, statusText: xhr.statusText, headers: headersOf(xhr) }));
      };
      xhr.onerror = xhr.ontimeout = () => reject(new TypeError('Failed to fetch'));
      xhr.onabort = () => reject(aborted());
      signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
    });
}
