import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under ESM its default export arrives wrapped once more.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** An ajv that reports every error and knows the standard formats. `strict: false` accepts plugin authors' schemas. */
export function createAjv(): Ajv {
  return addFormats(new Ajv({ allErrors: true, strict: false }));
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
