import { Errors } from '../errors.ts';

/** The entry of an app deployed elsewhere: an absolute http(s) URL and nothing else (no `javascript:`, `data:`, `file:`). */
export function checkExternalEntry(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new Errors.ENTRY_URL_INVALID(entry);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Errors.ENTRY_URL_INVALID(entry);
  return url.href;
}
