import type { ValidateFunction } from 'ajv';
import type { CollectionSchema } from '../shared/types.ts';

// ajv is most of the UI kit's weight (about 120 kB), and a form only needs it once the user submits: load it on
// demand, in its own chunk, so it is not part of an app's first open.
let ajv: Promise<import('ajv').default> | undefined;
const compiled = new WeakMap<object, Promise<ValidateFunction>>();

/** Starts loading ajv without waiting for it (call when a form appears, so it is ready by the first submit). */
export function preloadValidator(): void {
  ajv ??= import('../shared/createAjv.ts').then(({ createAjv }) => createAjv());
}

/** The compiled validator of `schema`: one ajv for every form, one compilation per schema object. */
export function loadValidator(schema: CollectionSchema): Promise<ValidateFunction> {
  let validate = compiled.get(schema);
  if (!validate) {
    preloadValidator();
    validate = ajv!.then((instance) => instance.compile(schema));
    compiled.set(schema, validate);
  }
  return validate;
}
