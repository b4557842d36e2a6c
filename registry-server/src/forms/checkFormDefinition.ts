import type { FieldErrorBody } from '@toolbox/sdk/api';
import { type FormDefinition, formDefinitionSchema, validateDefinition } from '@toolbox/sdk/forms';
import { Errors } from '../errors.ts';
import { createAjv } from '../lib/createAjv.ts';

// Compiled once; the server's ajv runs the schema's key patterns with RE2 like every other pattern it checks.
const schemaCheck = createAjv().compile(formDefinitionSchema);

/** How many problems the message spells out; `details` carries them all. */
const MESSAGE_PROBLEMS = 5;

function refuse(details: FieldErrorBody[]): never {
  const shown = details.slice(0, MESSAGE_PROBLEMS).map((d) => `${d.path || 'form'} ${d.message}`);
  const more = details.length > MESSAGE_PROBLEMS ? `; and ${details.length - MESSAGE_PROBLEMS} more (see details)` : '';
  throw Object.assign(new Errors.FORM_INVALID(`${shown.join('; ')}${more}`), { details });
}

/**
 * A form app's definition as the publish receives it (`body.form`), checked the way the designer and the runtime
 * check it: `validateDefinition` first, whose errors name the field by its key and say why (in Chinese and English),
 * then the definition's JSON Schema with ajv, so that the published JSON Schema is never looser than what is stored.
 * Throws TOOLBOX_FORM_INVALID whose message and `details` name each wrong value by its path under `form`.
 */
export function checkFormDefinition(value: unknown): FormDefinition {
  const result = validateDefinition(value);
  if (!result.ok) {
    refuse(
      result.errors.map((e) => ({
        path: `/form${e.path}`,
        message: `${e.message.en ?? e.message['zh-CN']}（${e.message['zh-CN']}）`,
        keyword: e.code,
        ...(e.field === undefined ? {} : { params: { field: e.field } }),
      })),
    );
  }
  if (!schemaCheck(value)) {
    refuse((schemaCheck.errors ?? []).map((e) => ({ path: `/form${e.instancePath}`, message: e.message ?? 'is invalid', keyword: e.keyword, params: e.params as Record<string, unknown> })));
  }
  return result.definition;
}
