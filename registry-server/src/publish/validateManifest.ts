import type { Manifest } from '@toolbox/sdk';
import validRange from 'semver/ranges/valid.js';
import { Errors } from '../errors.ts';
import { createAjv, describeErrors } from '../lib/createAjv.ts';
import { findNonLinearPattern } from '../lib/linearPatterns.ts';
import { manifestSchema } from '../lib/manifestSchema.ts';

const ajv = createAjv();
const validate = ajv.compile(manifestSchema);

/**
 * Checks a manifest against the SDK's schema (compiled once), plus what a schema cannot say: the `sdk` range, each
 * collection's own schema, and that `preloadData` names only declared collections (the host would otherwise read a
 * collection the data API refuses, on every open). Throws TOOLBOX_MANIFEST_INVALID.
 */
export function validateManifest(value: unknown): Manifest {
  if (!validate(value)) throw new Errors.MANIFEST_INVALID(describeErrors(validate.errors, 'manifest'));
  const manifest = value as unknown as Manifest;
  if (validRange(manifest.sdk) === null) throw new Errors.MANIFEST_INVALID('manifest/sdk must be a semver range such as ^1.0.0');
  for (const [name, schema] of Object.entries(manifest.collections ?? {})) {
    if (!ajv.validateSchema(schema)) {
      throw new Errors.MANIFEST_INVALID(describeErrors(ajv.errors, `manifest/collections/${name}`));
    }
    // Records are checked with RE2 (linear time): a pattern it cannot run is refused here, by its path.
    const nonLinear = findNonLinearPattern(schema, `manifest/collections/${name}`);
    if (nonLinear) throw new Errors.MANIFEST_INVALID(nonLinear);
    try {
      ajv.compile(schema);
    } catch (error) {
      throw new Errors.MANIFEST_INVALID(`manifest/collections/${name} ${(error as Error).message}`);
    } finally {
      ajv.removeSchema(schema);
    }
  }
  const collections = Object.keys(manifest.collections ?? {});
  const known = collections.length ? `one of ${collections.join(', ')}` : 'declared under collections (there are none)';
  const unknown = (manifest.preloadData ?? [])
    .map((name, index) => (collections.includes(name) ? '' : `manifest/preloadData/${index} "${name}" is not a collection of this app: must be ${known}`))
    .filter(Boolean);
  if (unknown.length) throw new Errors.MANIFEST_INVALID(unknown.join('; '));
  return manifest;
}
