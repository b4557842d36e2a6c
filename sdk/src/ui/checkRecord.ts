import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { CollectionSchema } from '../shared/types.ts';

/**
 * One reason a record does not fit its collection's schema, named by the top-level field it concerns (`field` absent:
 * the record as a whole). The figures (`limit`, `type`, `format`) are read from the schema itself, not from a
 * validator's English messages, so the form can word them in the user's language.
 */
export interface RecordProblem {
  keyword: string;
  field?: string;
  limit?: number;
  type?: string;
  format?: string;
}

/** A checker compiled once per schema. */
export type RecordCheck = (value: Record<string, unknown>) => RecordProblem[];

// The desktop's CSP has no 'unsafe-eval': ajv generates code (`new Function`), so forms in the page use
// @cfworker/json-schema, which interprets the schema (it was written for Cloudflare Workers, where eval is forbidden).
// The server checks every record again with ajv and RE2; this copy only names wrong fields before anything is sent.
// Keywords that only say "something below failed" are skipped: the failure itself is reported on its own.
const ENCLOSING = new Set(['properties', 'patternProperties', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', '$ref', 'false', 'items', 'prefixItems']);

/** Compiles `schema` into a checker that never evaluates generated code. */
export function compileRecordCheck(schema: CollectionSchema): RecordCheck {
  const validator = new Validator(schema as Schema, '7', false);
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown> | boolean>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return (value) => {
    let units: OutputUnit[];
    try {
      const result = validator.validate(value);
      if (result.valid) return [];
      units = result.errors;
    } catch {
      // A pattern written for the server's RE2 engine that this browser's RegExp cannot compile: the server decides.
      return [];
    }
    const problems: RecordProblem[] = [];
    for (const unit of units) {
      if (ENCLOSING.has(unit.keyword)) continue;
      const field = fieldOf(unit.instanceLocation);
      if (unit.keyword === 'required' && field === undefined) {
        for (const name of required) if (!Object.hasOwn(value, name)) problems.push({ keyword: 'required', field: name });
        continue;
      }
      const property = field === undefined ? undefined : properties[field];
      const spec = typeof property === 'object' ? property : {};
      problems.push({
        keyword: unit.keyword,
        field,
        limit: typeof spec[unit.keyword] === 'number' ? (spec[unit.keyword] as number) : undefined,
        type: typeof spec.type === 'string' ? spec.type : undefined,
        format: typeof spec.format === 'string' ? spec.format : undefined,
      });
    }
    if (schema.additionalProperties === false) {
      for (const name of Object.keys(value)) if (!Object.hasOwn(properties, name)) problems.push({ keyword: 'additionalProperties', field: name });
    }
    // The same missing field is reported once however many subschemas require it.
    return problems.filter((p, i) => problems.findIndex((q) => q.keyword === p.keyword && q.field === p.field) === i);
  };
}

/** The top-level property a JSON pointer (`#/name/0`) points into. */
function fieldOf(instanceLocation: string): string | undefined {
  const first = instanceLocation.replace(/^#\/?/, '').split('/')[0];
  return first ? decodeURIComponent(first).replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}
