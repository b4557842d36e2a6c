import { Ajv, type AnySchema, type ErrorObject, type FormatDefinition, type SchemaValidateFunction, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { linearRegExp } from './linearPatterns.ts';

// ajv-formats is CommonJS: under ESM its default export arrives wrapped once more.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/**
 * An ajv that reports every error and knows the standard formats. `strict: false` accepts plugin authors' schemas;
 * their `pattern`s run with RE2, in linear time (linearPatterns.ts): a pattern RE2 cannot run fails to compile.
 * Records are untrusted input, so every other check a schema can ask for is bounded too: each format refuses a string
 * longer than any real value of it before its regex sees it (FORMAT_MAX_LENGTH), `url` is checked in linear time, and
 * `uniqueItems` hashes the items instead of comparing every pair. `ownProperties`: a record's field named
 * `constructor` or `toString` is a field of its own, never the one every object inherits.
 */
export function createAjv(): Ajv {
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false, ownProperties: true, code: { regExp: linearRegExp } }));
  boundFormats(ajv);
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword({ keyword: 'uniqueItems', type: 'array', schemaType: 'boolean', validate: checkUniqueItems });
  return ajv;
}

/**
 * Compiles a collection's schema: the one way both the publish and the data API do it, so a schema that passes the
 * publish also works on every record. Its `$id` is honoured (a `$ref` through it resolves), then forgotten, so that
 * two versions or apps declaring the same `$id` never collide in the shared ajv; the compiled function keeps what it
 * resolved. Throws what ajv throws (a `$ref` that resolves nowhere, a pattern RE2 cannot run).
 */
export function compileCollectionSchema(ajv: Ajv, schema: AnySchema): ValidateFunction {
  try {
    return ajv.compile(schema);
  } finally {
    ajv.removeSchema(schema);
  }
}

/** `prefix/path message` for each error, joined: the message names every wrong field by its JSON path. */
export function describeErrors(errors: ErrorObject[] | null | undefined, prefix: string): string {
  return (errors ?? [])
    .map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : '';
      return `${prefix}${e.instancePath} ${e.message ?? 'is invalid'}${extra}`;
    })
    .join('; ');
}

// The longest string each format's check is given; a longer one fails the format without its regex running. ajv
// checks every keyword (allErrors), so `maxLength` failing does not spare the format: the bound must be here. Each
// is well above the longest real value of the format:
const REFERENCE = 8000; // RFC 9110 §4.1: URIs of at least 8000 octets should be supported; longer ones are not links people keep
export const FORMAT_MAX_LENGTH: Readonly<Record<string, number>> = {
  date: 10, // YYYY-MM-DD
  time: 64, // hh:mm:ss, a fraction of a second and an offset: 64 leaves 40 digits for the fraction
  'iso-time': 64,
  'date-time': 80, // a date, a separator and a time
  'iso-date-time': 80,
  duration: 64, // P1Y2M3DT4H5M6S with numbers far beyond any calendar
  email: 254, // RFC 5321 §4.5.3.1.3: a path is at most 256 octets, with its angle brackets
  hostname: 254, // RFC 1035: 253 characters, and a trailing dot
  ipv4: 15,
  ipv6: 45, // eight groups, or six and an IPv4 address
  uuid: 45, // 36 characters, and an optional urn:uuid:
  uri: REFERENCE,
  'uri-reference': REFERENCE,
  'uri-template': REFERENCE,
  url: REFERENCE,
  'json-pointer': REFERENCE, // a pointer is a URI fragment
  'json-pointer-uri-fragment': REFERENCE,
  'relative-json-pointer': REFERENCE,
  regex: REFERENCE,
  byte: 1024 * 1024, // base64 data is as long as its data: the 1 MiB body limit bounds it, and its check is one linear regex
};
/** For a string format a later ajv-formats may add: as long as a reference. */
const OTHER_FORMAT_MAX_LENGTH = REFERENCE;

type StringFormat = RegExp | ((data: string) => boolean) | FormatDefinition<string>;

/** Replaces every string format of `ajv` with one that refuses a string over its bound before checking it. */
function boundFormats(ajv: Ajv): void {
  for (const [name, format] of Object.entries(ajv.formats)) {
    if (!isStringFormat(format)) continue;
    const max = FORMAT_MAX_LENGTH[name] ?? OTHER_FORMAT_MAX_LENGTH;
    ajv.addFormat(name, boundedFormat(name === 'url' ? linearUrl : format, max));
  }
}

function isStringFormat(format: Ajv['formats'][string]): format is StringFormat {
  if (format === undefined || format === true) return false;
  if (format instanceof RegExp || typeof format === 'function') return true;
  return (format.type ?? 'string') === 'string' && !format.async;
}

/** `format` behind a length check; its `compare` (formatMaximum and the like) is bounded the same way. */
export function boundedFormat(format: StringFormat, max: number): FormatDefinition<string> {
  const definition = format instanceof RegExp || typeof format === 'function' ? { validate: format } : format;
  const { validate, compare } = definition;
  const check = typeof validate === 'function' ? validate : typeof validate === 'string' ? (s: string) => new RegExp(validate).test(s) : (s: string) => validate.test(s);
  return {
    type: 'string',
    validate: (data) => data.length <= max && check(data),
    // Not comparable (undefined) passes the limit keyword; the format keyword refuses the string on its own.
    ...(compare ? { compare: (a: string, b: string) => (a.length <= max && b.length <= max ? compare(a, b) : undefined) } : {}),
  };
}

// ajv-formats' `url` is dperini's regex: its user-info part `(?:\S+(?::\S*)?@)?` backtracks over every split of the
// text, so "http://" and 160,000 colons took 31 s. Here the same language is checked in linear time: the scheme, then
// each place the host may start (the beginning, or just after an `@` that ends non-blank user info), the host and
// port up to the next `/` with the regex's own host part (which cannot hold `@` or `/`, so the tries are disjoint),
// and a path without blanks.
const URL_SCHEME = /^(?:https?|ftp):\/\//i;
const URL_HOST_PORT =
  /^(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?$/iu;
const BLANK = /\s/u;

/** ajv-formats' `url`, answered the same for every string, in time linear in its length. */
export function linearUrl(url: string): boolean {
  const scheme = URL_SCHEME.exec(url);
  if (!scheme) return false;
  const rest = url.slice(scheme[0].length);
  const firstBlank = rest.search(BLANK);
  const userInfoEnd = firstBlank === -1 ? rest.length : firstBlank;
  let lastBlank = -1;
  for (let i = rest.length - 1; i >= 0 && lastBlank === -1; i--) if (BLANK.test(rest[i]!)) lastBlank = i;
  let slash = -1;
  const hostAt = (start: number): boolean => {
    // The first `/` at or after `start`: the starts only move forward, so it is searched for once per path.
    if (slash < start) {
      slash = rest.indexOf('/', start);
      if (slash === -1) slash = rest.length;
    }
    return lastBlank < slash && URL_HOST_PORT.test(rest.slice(start, slash));
  };
  if (hostAt(0)) return true;
  for (let at = rest.indexOf('@', 1); at !== -1 && at <= userInfoEnd; at = rest.indexOf('@', at + 1)) {
    if (hostAt(at + 1)) return true;
  }
  return false;
}

/**
 * The first two equal items of `items` ([earlier, later] indexes), in one pass: ajv's own `uniqueItems` compares every
 * pair unless the items are declared scalar, and 130,000 numbers held the server for 15 s. Two JSON values are equal
 * exactly when their canonical texts (object keys sorted) are.
 */
export function findDuplicateItems(items: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const text = canonicalJson(items[i]);
    const earlier = seen.get(text);
    if (earlier !== undefined) return [earlier, i];
    seen.set(text, i);
  }
  return undefined;
}

/** JSON text with object keys sorted. Iterative: a deeply nested item must not overflow the stack. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const parts: string[] = [];
  // What is left to write, the next on top: a value (boxed) or punctuation.
  const todo: ({ value: unknown } | string)[] = [{ value }];
  while (todo.length > 0) {
    const next = todo.pop()!;
    if (typeof next === 'string') {
      parts.push(next);
      continue;
    }
    const item = next.value;
    if (Array.isArray(item)) {
      parts.push('[');
      todo.push(']');
      for (let k = item.length - 1; k >= 0; k--) {
        todo.push({ value: item[k] });
        if (k > 0) todo.push(',');
      }
    } else if (item !== null && typeof item === 'object') {
      const keys = Object.keys(item).sort();
      parts.push('{');
      todo.push('}');
      for (let k = keys.length - 1; k >= 0; k--) {
        todo.push({ value: (item as Record<string, unknown>)[keys[k]!] }, `${JSON.stringify(keys[k])}:`);
        if (k > 0) todo.push(',');
      }
    } else {
      parts.push(JSON.stringify(item) ?? 'null');
    }
  }
  return parts.join('');
}

/** `uniqueItems` with ajv's error (keyword, message and params), in time linear in the array's size. */
const checkUniqueItems: SchemaValidateFunction = (unique: boolean, data: unknown[]) => {
  const duplicate = unique ? findDuplicateItems(data) : undefined;
  if (!duplicate) return true;
  const [j, i] = duplicate;
  checkUniqueItems.errors = [{ keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)`, params: { i, j } }];
  return false;
};
