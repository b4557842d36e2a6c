import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FieldError } from '../errors.ts';
import { escapePointer } from './jsonPointer.ts';

/**
 * An ajv instance set up the one way the SDK uses it: every error reported (a form or a manifest shows them all at
 * once), standard formats such as `date` and `email`, and lenient about unknown keywords so that collection schemas
 * may carry UI hints (`x-widget`, `x-order`).
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv;
}

/** Turns ajv errors into `{path, message}` with `path` pointing at the wrong value itself (also for missing ones). */
export function toFieldErrors(errors: readonly ErrorObject[] | null | undefined): FieldError[] {
  return (errors ?? []).map((error) => {
    let path = error.instancePath;
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
      path += `/${escapePointer(params.missingProperty)}`;
    } else if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
      path += `/${escapePointer(params.additionalProperty)}`;
    }
    return { path, message: error.message ?? error.keyword, keyword: error.keyword, params };
  });
}
