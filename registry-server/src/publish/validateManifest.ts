import type { Manifest } from '@toolbox/sdk';
import { validateManifest as checkManifest } from '@toolbox/sdk/manifest';
import { Errors } from '../errors.ts';
import { compileCollectionSchema, createAjv } from '../lib/createAjv.ts';
import { findNonLinearPattern } from '../lib/linearPatterns.ts';

// The server's own ajv runs patterns with RE2: a collection must compile here too, not only in the SDK's ajv.
const ajv = createAjv();

/**
 * Checks a manifest with the SDK's `validateManifest`, the same check `toolbox validate` runs, so the CLI and the
 * server refuse the same manifests with the same words (patterns explained, "did you mean …?", a `required` that
 * names no property, an unknown `format`, a bad collection name, `preloadData` naming an undeclared collection).
 * The server then asks what only it cares about: every collection pattern must run in linear time (RE2).
 * Throws TOOLBOX_MANIFEST_INVALID naming each wrong field by its path (`manifest/owner/contact …`).
 */
export function validateManifest(value: unknown): Manifest {
  const result = checkManifest(value);
  if (!result.ok) throw new Errors.MANIFEST_INVALID(result.errors.map((e) => `manifest${e.path} ${e.message}`).join('; '));
  const manifest = result.manifest;
  for (const [name, schema] of Object.entries(manifest.collections ?? {})) {
    // Records are checked with RE2 (linear time): a pattern it cannot run is refused here, by its path.
    const nonLinear = findNonLinearPattern(schema, `manifest/collections/${name}`);
    if (nonLinear) throw new Errors.MANIFEST_INVALID(nonLinear);
    // Exactly as the data API will compile it for every record: what fails there fails here, as a 400 naming it.
    try {
      compileCollectionSchema(ajv, schema);
    } catch (error) {
      throw new Errors.MANIFEST_INVALID(`manifest/collections/${name} cannot be compiled: ${(error as Error).message}`);
    }
  }
  return manifest;
}
