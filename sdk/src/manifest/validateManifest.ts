import validRange from 'semver/ranges/valid.js';
import type { FieldError } from '../errors.ts';
import { createAjv, toFieldErrors } from '../shared/createAjv.ts';
import { manifestSchema } from '../shared/manifestSchema.ts';
import type { Manifest } from '../shared/types.ts';
import { checkCollectionSchema } from './checkCollectionSchema.ts';
import { explainSchemaErrors } from './explainSchemaErrors.ts';

/** The outcome of `validateManifest`: the typed manifest, or every problem with its JSON path. */
export type ManifestValidation = { ok: true; manifest: Manifest } | { ok: false; errors: FieldError[] };

// Compiled once, on first use, so importing this module stays cheap.
let compiled: { ajv: ReturnType<typeof createAjv>; validate: ReturnType<ReturnType<typeof createAjv>['compile']> } | undefined;

function validator() {
  if (!compiled) {
    const ajv = createAjv();
    compiled = { ajv, validate: ajv.compile(manifestSchema) };
  }
  return compiled;
}

/**
 * Checks a parsed `toolbox.manifest.json` against the manifest schema, and a little more that a schema cannot say:
 * `sdk` must be a semver range, each collection must itself be a valid JSON Schema whose `required` names only its
 * properties and whose `format`s are known, and `preloadData` may only name declared collections.
 * Every error carries the JSON pointer of the wrong value, e.g. `/owner/contact`, and says what is wrong in words
 * (patterns explained, a "did you mean …?" for a mistyped field). The registry server refuses a publish with the
 * same errors, so the CLI and the server never disagree.
 */
export function validateManifest(value: unknown): ManifestValidation {
  const { ajv, validate } = validator();
  if (!validate(value)) return { ok: false, errors: explainSchemaErrors(validate.errors, value, manifestSchema) };
  const manifest = value as unknown as Manifest;
  const errors: FieldError[] = [];
  if (validRange(manifest.sdk) === null) {
    errors.push({ path: '/sdk', message: 'must be a semver range such as ^1.0.0', keyword: 'semverRange' });
  }
  const knownFormats = Object.keys(ajv.formats);
  for (const [name, schema] of Object.entries(manifest.collections ?? {})) {
    if (!ajv.validateSchema(schema)) {
      for (const error of toFieldErrors(ajv.errors)) {
        errors.push({ ...error, path: `/collections/${name}${error.path}` });
      }
      continue;
    }
    // Checked before compiling: ajv would print a warning for an unknown format on every compile and then ignore it.
    const problems = checkCollectionSchema(name, schema, knownFormats);
    if (problems.length > 0) {
      errors.push(...problems);
      continue;
    }
    // A schema can be well-formed and still not compile (an unresolvable $ref, say): the registry would refuse it.
    try {
      ajv.compile(schema);
    } catch (error) {
      errors.push({ path: `/collections/${name}`, message: (error as Error).message, keyword: 'compile' });
    } finally {
      // Forget it again, also when it did not compile (ajv keeps it registered then too), or a later manifest with a
      // collection of the same $id would be refused as a duplicate: in the registry, until it restarts.
      ajv.removeSchema(schema);
    }
  }
  const collections = Object.keys(manifest.collections ?? {});
  (manifest.preloadData ?? []).forEach((name, index) => {
    if (!collections.includes(name)) {
      const known = collections.length ? `one of ${collections.join(', ')}` : 'declared under collections (there are none)';
      errors.push({
        path: `/preloadData/${index}`,
        message: `"${name}" is not a collection of this app: must be ${known}`,
        keyword: 'collection',
        params: { name, collections },
      });
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, manifest };
}
