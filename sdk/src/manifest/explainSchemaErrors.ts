import type { ErrorObject } from 'ajv';
import type { FieldError } from '../errors.ts';
import { toFieldErrors } from '../shared/createAjv.ts';
import { escapePointer, unescapePointer } from '../shared/jsonPointer.ts';
import { closestName } from './closestName.ts';
import { explainPattern } from './patternExplanations.ts';

function resolvePointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointer.split('/').slice(1).map(unescapePointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A value as a message shows it: JSON, cut short. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Turns the manifest schema's ajv errors into field errors a person can act on: a bad collection name is reported
 * at `/collections/<that name>`, a `pattern` is said in words (patternExplanations.ts) with the value that broke it,
 * and an unknown field gets a "did you mean …?" from the field names the schema allows there.
 */
export function explainSchemaErrors(errors: readonly ErrorObject[] | null | undefined, value: unknown, schema: unknown): FieldError[] {
  const all = errors ?? [];
  // A bad key under `propertyNames` comes twice: once for the rule it broke, once as "property name must be valid".
  const explainedKeys = new Set(all.filter((e) => e.keyword !== 'propertyNames' && e.propertyName !== undefined).map((e) => `${e.instancePath}\u0000${e.propertyName}`));
  const kept = all.filter((e) => !(e.keyword === 'propertyNames' && explainedKeys.has(`${e.instancePath}\u0000${String((e.params as { propertyName?: unknown }).propertyName)}`)));
  return kept.map((error) => {
    const field = toFieldErrors([error])[0]!;
    const params = error.params as Record<string, unknown>;
    if (error.propertyName !== undefined) {
      const key = error.propertyName;
      const words = error.keyword === 'pattern' ? explainPattern(params.pattern, 'en') : undefined;
      const what = error.instancePath === '/collections' ? 'collection name' : 'key';
      return {
        path: `${error.instancePath}/${escapePointer(key)}`,
        keyword: error.instancePath === '/collections' ? 'collectionName' : 'propertyName',
        params: { ...params, name: key, rule: error.keyword },
        message: `${what} ${JSON.stringify(key)} ${words ? `must be ${words}` : (error.message ?? 'is not allowed')}`,
      };
    }
    if (error.keyword === 'pattern') {
      const words = explainPattern(params.pattern, 'en');
      if (!words) return field;
      const got = resolvePointer(value, error.instancePath);
      return { ...field, params: { ...params, value: got }, message: `must be ${words} (got ${shown(got)})` };
    }
    if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
      const name = params.additionalProperty;
      const holder = resolvePointer(schema, error.schemaPath.replace(/^#/, '').replace(/\/additionalProperties$/, ''));
      const properties = holder && typeof holder === 'object' ? (holder as { properties?: unknown }).properties : undefined;
      const allowed = properties && typeof properties === 'object' ? Object.keys(properties).filter((p) => p !== '$schema') : [];
      const suggestion = closestName(name, allowed);
      const where = error.instancePath === '' ? 'the manifest' : error.instancePath;
      return {
        ...field,
        params: { ...params, allowed, ...(suggestion ? { suggestion } : {}) },
        message:
          `${JSON.stringify(name)} is not a field of ${where}: ` +
          (suggestion ? `did you mean ${JSON.stringify(suggestion)}?` : `the fields are ${allowed.join(', ')}`),
      };
    }
    return field;
  });
}
