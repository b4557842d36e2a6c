// The entry of a remote must be the file recorded at publish (its sha256 in the catalogue's `integrity`). A browser
// verifies Subresource Integrity itself on a <script type="module" integrity>; the module then sits in the module
// map under its URL, so the federation runtime's later `import(url)` reuses it without a second fetch. Where scripts
// cannot be loaded that way (jsdom, or a test forcing it), the host fetches the file and digests it first.

export class IntegrityError extends Error {
  constructor(readonly url: string, readonly expected: string, readonly actual?: string) {
    super(`the entry ${url} does not match ${expected}${actual ? ` (got ${actual})` : ''}`);
    this.name = 'IntegrityError';
  }
}

export type IntegrityMode = 'sri' | 'fetch';

export function browserSupportsModuleSri(): boolean {
  return (
    typeof document !== 'undefined' &&
    typeof HTMLScriptElement !== 'undefined' &&
    'integrity' in HTMLScriptElement.prototype &&
    typeof HTMLScriptElement.supports === 'function' &&
    HTMLScriptElement.supports('module') &&
    // jsdom has the API but never fetches scripts.
    !/jsdom/i.test(navigator.userAgent)
  );
}

/** `sha256-<base64>` of some bytes, the SRI form. */
export async function sriSha256(bytes: ArrayBuffer): Promise<string> {
  // A fresh view: some environments (jsdom) reject an ArrayBuffer that came from another realm's fetch.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}

/** Fetches `url` and compares its digest with `integrity`; rejects with IntegrityError or the fetch error. */
export async function verifyByFetch(url: string, integrity: string): Promise<void> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  const actual = await sriSha256(await response.arrayBuffer());
  if (actual !== integrity) throw new IntegrityError(url, integrity, actual);
}

/**
 * Loads `url` as a module script with `integrity`. The browser refuses a file that does not match; the script then
 * fails without telling why, so a follow-up fetch tells an integrity failure from an unreachable file.
 */
export function loadWithSri(url: string, integrity: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = url;
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
    script.dataset.toolboxEntry = '';
    script.onload = () => {
      script.remove();
      resolve();
    };
    script.onerror = () => {
      script.remove();
      fetch(url, { credentials: 'omit' }).then(
        async (response) => {
          if (!response.ok) return reject(new Error(`GET ${url}: ${response.status}`));
          const actual = await sriSha256(await response.arrayBuffer());
          reject(actual === integrity ? new Error(`the entry ${url} failed to load`) : new IntegrityError(url, integrity, actual));
        },
        (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
      );
    };
    document.head.append(script);
  });
}

/** Verifies the entry before the runtime imports it, by SRI where the browser can, else by fetch and digest. */
export function verifyEntry(url: string, integrity: string, mode?: IntegrityMode): Promise<void> {
  const useSri = mode ? mode === 'sri' : browserSupportsModuleSri();
  return useSri ? loadWithSri(url, integrity) : verifyByFetch(url, integrity);
}
