import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The manifest JSON Schema, from `@toolbox/sdk` (sdk/src/shared/manifest.schema.json): one schema for CLI, server, docs. */
export const manifestSchema = require('@toolbox/sdk/manifest.schema.json') as Record<string, unknown> & {
  properties: Record<string, unknown>;
  definitions: Record<string, unknown>;
};

/** A copy of `schema` with the manifest's `#/definitions/...` references inlined, for use inside route schemas. */
export function inlineDefinitions<T>(schema: T): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node && typeof node === 'object') {
      const ref = (node as { $ref?: unknown }).$ref;
      if (typeof ref === 'string' && ref.startsWith('#/definitions/')) {
        return visit(manifestSchema.definitions[ref.slice('#/definitions/'.length)]);
      }
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v)]));
    }
    return node;
  };
  return visit(schema) as T;
}
