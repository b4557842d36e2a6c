import type { FieldError } from '../errors.ts';
import { escapePointer } from '../shared/jsonPointer.ts';
import { closestName } from './closestName.ts';

type SchemaNode = Record<string, unknown>;

// Where JSON Schema (draft-07 and 2019-09/2020-12) keeps subschemas. Walking only these keeps a property that happens
// to be called `format` or `required` from being taken for the keyword.
const ONE_SCHEMA = ['additionalItems', 'additionalProperties', 'contains', 'not', 'if', 'then', 'else', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties'];
const SCHEMA_LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_MAP = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies'];
// Branches whose properties also count for a `required` next to them (`{allOf: [{properties: …}], required: […]}`).
const BRANCHES = ['allOf', 'anyOf', 'oneOf', 'then', 'else'];

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the JSON Schema meta-schema lets through but no record could live with, in one collection's schema:
 * - a `required` name that is no property (`required: ["titel"]` next to `properties: {title}`): every record
 *   the app's form writes would be refused;
 * - a `format` ajv does not know: ajv would only warn and then ignore it, so the check the author meant never runs.
 * Each problem is reported once, with the JSON pointer of the wrong value inside the manifest.
 */
export function checkCollectionSchema(name: string, schema: unknown, knownFormats: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const base = `/collections/${escapePointer(name)}`;
  // A queue, not recursion: a schema nested thousands deep must not overflow the call stack of the CLI or the
  // server; breadth first reports the outer problems first.
  const stack: { node: unknown; pointer: string }[] = [{ node: schema, pointer: '' }];
  for (let next = 0; next < stack.length; next++) {
    const { node, pointer } = stack[next]!;
    if (!isNode(node)) continue;
    if (typeof node.format === 'string' && !knownFormats.includes(node.format)) {
      const suggestion = closestName(node.format, knownFormats);
      errors.push({
        path: `${base}${pointer}/format`,
        keyword: 'unknownFormat',
        params: { collection: name, format: node.format, known: [...knownFormats], ...(suggestion ? { suggestion } : {}) },
        message:
          `unknown format "${node.format}" in collection "${name}": ` +
          (suggestion ? `did you mean "${suggestion}"?` : `use one of ${knownFormats.join(', ')}`),
      });
    }
    const declared = declaredProperties(node);
    if (declared && Array.isArray(node.required)) {
      node.required.forEach((property, index) => {
        if (typeof property !== 'string' || declared.includes(property)) return;
        const suggestion = closestName(property, declared);
        errors.push({
          path: `${base}${pointer}/required/${index}`,
          keyword: 'requiredProperty',
          params: { collection: name, property, properties: declared, ...(suggestion ? { suggestion } : {}) },
          message:
            `"${property}" is required but is not a property of collection "${name}" (${declared.join(', ') || 'it has none'}), ` +
            `so every record would be refused` +
            (suggestion ? `: did you mean "${suggestion}"?` : ''),
        });
      });
    }
    for (const key of ONE_SCHEMA) stack.push({ node: node[key], pointer: `${pointer}/${key}` });
    if (Array.isArray(node.items)) {
      for (const [i, item] of node.items.entries()) stack.push({ node: item, pointer: `${pointer}/items/${i}` });
    } else stack.push({ node: node.items, pointer: `${pointer}/items` });
    for (const key of SCHEMA_LIST) {
      const list = node[key];
      if (Array.isArray(list)) for (const [i, item] of list.entries()) stack.push({ node: item, pointer: `${pointer}/${key}/${i}` });
    }
    for (const key of SCHEMA_MAP) {
      const map = node[key];
      if (isNode(map)) for (const [child, sub] of Object.entries(map)) stack.push({ node: sub, pointer: `${pointer}/${key}/${escapePointer(child)}` });
    }
  }
  return errors;
}

/**
 * The property names a `required` beside them may use, or undefined when the schema cannot say (no `properties`
 * anywhere, or `patternProperties` that may match any name).
 */
function declaredProperties(node: SchemaNode): string[] | undefined {
  const holders = [node, ...BRANCHES.flatMap((key) => (Array.isArray(node[key]) ? (node[key] as unknown[]) : [node[key]]))].filter(isNode);
  if (holders.some((h) => h.patternProperties !== undefined)) return undefined;
  const withProperties = holders.filter((h) => isNode(h.properties));
  if (withProperties.length === 0) return undefined;
  return [...new Set(withProperties.flatMap((h) => Object.keys(h.properties as SchemaNode)))];
}
