/** Parses a JSON column; the server wrote it, so a failure is a bug worth surfacing loudly. */
export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  return JSON.parse(text) as T;
}

// One way to compare JSON values whatever the order of their keys, shared with the form runtime's merge of an edit.
export { canonicalJson } from '@toolbox/sdk/data';
