import type { Manifest } from '@toolbox/sdk';
import validRange from 'semver/ranges/valid.js';
import { Errors } from '../errors.ts';
import { createAjv, describeErrors } from '../lib/createAjv.ts';
import { manifestSchema } from '../lib/manifestSchema.ts';

const ajv = createAjv();
const validate = ajv.compile(manifestSchema);

/** Checks a manifest against the SDK's schema (compiled once), plus what a schema cannot say. Throws TOOLBOX_MANIFEST_INVALID. */
export function validateManifest(value: unknown): Manifest {
  if (!validate(value)) throw new Errors.MANIFEST_INVALID(describeErrors(validate.errors, 'manifest'));
  const manifest = value as unknown as Manifest;
  if (validRange(manifest.sdk) === null) throw new Errors.MANIFEST_INVALID('manifest/sdk must be a semver range such as ^1.0.0');
  for (const [name, schema] of Object.entries(manifest.collections ?? {})) {
    if (!ajv.validateSchema(schema)) {
      throw new Errors.MANIFEST_INVALID(describeErrors(ajv.errors, `manifest/collections/${name}`));
    }
    try {
      ajv.compile(schema);
    } catch (error) {
      throw new Errors.MANIFEST_INVALID(`manifest/collections/${name} ${(error as Error).message}`);
    } finally {
      ajv.removeSchema(schema);
    }
  }
  return manifest;
}
