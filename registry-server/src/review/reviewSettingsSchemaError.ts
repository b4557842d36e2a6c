import { ReviewSettingsSchema } from '@toolbox/sdk/api';
import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import { ReviewSettingsInvalidError } from '../usage/errors.ts';

type Range = { minimum?: number; maximum?: number; type?: string | string[] };

/** The contract's schema of one field (`weights.usage` included), so the message can give its range. */
function fieldSchema(path: string[]): Range | undefined {
  const [key, sub] = path;
  const top = (ReviewSettingsSchema.properties as Record<string, Range & { properties?: Record<string, Range> }>)[key ?? ''];
  const field = sub === undefined ? top : top?.properties?.[sub];
  return field;
}

/** `settings.weights.usage` for `/settings/weights/usage` and for `/weights/usage`: one name whichever form was sent. */
function fieldPath(instancePath: string): string[] {
  const path = instancePath.split('/').filter(Boolean);
  return path[0] === 'settings' ? path.slice(1) : path;
}

function describe(error: FastifySchemaValidationError): string {
  const path = fieldPath(error.instancePath);
  const field = ['settings', ...path].join('.');
  // A key `propertyNames` refused: ajv names it on the error (its `enum` error) or in the params.
  const unknown = (error as { propertyName?: string }).propertyName ?? (error.params as { propertyName?: string }).propertyName;
  if (unknown !== undefined) return `${field}.${unknown}: ${path[0] === 'weights' ? 'unknown weight' : 'unknown setting'}`;
  if (path.length === 0) return 'settings: must be an object';
  const schema = fieldSchema(path);
  const nullable = Array.isArray(schema?.type) && schema.type.includes('null');
  switch (error.keyword) {
    case 'minimum':
    case 'maximum':
      return `${field}: must be between ${schema?.minimum} and ${schema?.maximum}`;
    case 'type':
      if (schema?.type === 'object') return `${field}: must be an object`;
      return `${field}: must be ${schema?.type === 'integer' ? 'an integer' : `a number${nullable ? ' or null' : ''}`}`;
    default:
      return `${field}: ${error.message ?? 'is invalid'}`;
  }
}

/**
 * The route's schema failure as the documented `400 TOOLBOX_REVIEW_SETTINGS_INVALID`, naming the first wrong field
 * (`settings.maxLoadErrorRate: must be between 0 and 1`) whether the change came at the top level or under `settings`.
 * A number out of its range also comes as `details` (the field's pointer, its `minimum` and `maximum`), so the admin
 * console can mark the field and say the range in its own language.
 */
export function reviewSettingsSchemaError(errors: FastifySchemaValidationError[]): Error {
  const first = errors.find((e) => e.keyword !== 'anyOf' && e.keyword !== 'propertyNames') ?? errors[0];
  if (!first) return new ReviewSettingsInvalidError('settings: must be an object');
  const error = new ReviewSettingsInvalidError(describe(first));
  const path = fieldPath(first.instancePath);
  const schema = fieldSchema(path);
  if ((first.keyword === 'minimum' || first.keyword === 'maximum') && schema) {
    const details = [{ path: `/${path.join('/')}`, message: error.message, keyword: first.keyword, params: { minimum: schema.minimum, maximum: schema.maximum } }];
    return Object.assign(error, { details });
  }
  return error;
}
