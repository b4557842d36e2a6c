import { createHash } from 'node:crypto';
import { Errors } from '../errors.ts';

export interface FetchedEntry {
  /** `sha256-<base64>`: what the host checks the entry against, as for a bundle's entry. */
  integrity: string;
  bytes: number;
}

/**
 * Fetches the entry of an app deployed elsewhere once, at publish, and digests it. Bounded: `timeoutMs` for the
 * whole answer, `maxBytes` read at most (a larger Content-Length is refused before reading). A redirect is refused
 * with its target named: the browser would follow it to a file the registry never saw, so the final URL is published.
 * Nothing of the answer but its size and digest is kept or shown (the URL is the publisher's own input).
 */
export async function fetchExternalEntry(url: string, limits: { timeoutMs: number; maxBytes: number }): Promise<FetchedEntry> {
  let response: Response;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/javascript, application/javascript, */*' } });
  } catch (error) {
    throw new Errors.ENTRY_UNREACHABLE(url, reason(error, limits.timeoutMs));
  }
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    const to = response.headers.get('location');
    throw new Errors.ENTRY_UNREACHABLE(url, `HTTP ${response.status}, redirects to ${to ?? 'nowhere'}: publish the final URL`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Errors.ENTRY_UNREACHABLE(url, `HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new Errors.ENTRY_TOO_LARGE(url, limits.maxBytes);
  }
  const hash = createHash('sha256');
  let bytes = 0;
  const reader = response.body?.getReader();
  try {
    for (;;) {
      const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
      if (done || !value) break;
      bytes += value.byteLength;
      if (bytes > limits.maxBytes) throw new Errors.ENTRY_TOO_LARGE(url, limits.maxBytes);
      hash.update(value);
    }
  } catch (error) {
    // The rest is never read: the stream is cancelled, which closes the connection.
    await reader?.cancel().catch(() => undefined);
    if (error instanceof Errors.ENTRY_TOO_LARGE) throw error;
    throw new Errors.ENTRY_UNREACHABLE(url, reason(error, limits.timeoutMs));
  }
  return { integrity: `sha256-${hash.digest('base64')}`, bytes };
}

function reason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no complete answer within ${timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : cause instanceof Error ? cause.message : String(cause);
}
