import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { linearRegExp } from './linearPatterns.ts';

// ajv-formats is CommonJS: under ESM its default export arrives wrapped once more.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/**
 * An ajv that reports every error and knows the standard formats. `strict: false` accepts plugin authors' schemas;
 * their `pattern`s run with RE2, in linear time (linearPatterns.ts): a pattern RE2 cannot run fails to compile.
 */
export function createAjv(): Ajv {
  return addFormats(new Ajv({ allErrors: true, strict: false, code: { regExp: linearRegExp } }));
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
