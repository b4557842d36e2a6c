import type { CollectionSchema } from '../types.ts';
import { maxLengthOf, PART_LENGTH } from './checkFieldValue.ts';
import { ID_CARD_PATTERN } from './idCard.ts';
import { FORM_LIMITS } from './limits.ts';
import { PHONE_PATTERN } from './phone.ts';
import type { FormDefinition, FormField } from './types.ts';

type Schema = Record<string, unknown>;

const part = (title: string): Schema => ({ type: 'string', title, minLength: 1, maxLength: PART_LENGTH });
const orgRef = (): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 }, name: part('名称') },
});

/** The JSON Schema of one field's stored value, with `x-form-kind` so the server knows which extra checks apply. */
export function fieldSchema(field: FormField, definition: FormDefinition): Schema {
  const base: Schema = { title: field.label['zh-CN'], 'x-form-kind': field.kind };
  if (field.help) base.description = field.help['zh-CN'];
  switch (field.kind) {
    case 'text':
      return { ...base, type: 'string', maxLength: maxLengthOf(field), ...(field.minLength ? { minLength: field.minLength } : {}) };
    case 'textarea':
      return { ...base, type: 'string', maxLength: maxLengthOf(field) };
    case 'number': {
      // Whole numbers are `integer`; decimals are checked by checkFormRecord, since `multipleOf: 0.01` fails on
      // binary fractions (0.29 / 0.01 is not a whole number in floating point).
      const schema: Schema = { ...base, type: (field.decimals ?? 0) === 0 ? 'integer' : 'number' };
      if (field.min !== undefined) schema.minimum = field.min;
      if (field.max !== undefined) schema.maximum = field.max;
      if (field.decimals) schema['x-form-decimals'] = field.decimals;
      if (field.unit) schema['x-form-unit'] = field.unit;
      return schema;
    }
    case 'date':
      return { ...base, type: 'string', format: 'date' };
    case 'datetime':
      return { ...base, type: 'string', format: 'date-time' };
    case 'choice':
      return { ...base, type: 'string', enum: [...field.options] };
    case 'multichoice':
      return { ...base, type: 'array', uniqueItems: true, maxItems: field.options.length, items: { type: 'string', enum: [...field.options] } };
    case 'yesno':
      return { ...base, type: 'boolean' };
    case 'phone':
      return { ...base, type: 'string', pattern: PHONE_PATTERN };
    case 'idcard':
      // The pattern is the shape; the check digit (mod 11-2) needs isValidIdCard, which the server runs on `x-form-kind: idcard`.
      return { ...base, type: 'string', pattern: ID_CARD_PATTERN };
    case 'address':
      return { ...base, type: 'object', additionalProperties: false, required: ['building', 'room'], properties: { building: part('楼号'), room: part('室号') } };
    case 'person':
    case 'unit':
      return { ...base, ...orgRef() };
    case 'photo':
      return {
        ...base,
        type: 'array',
        maxItems: field.maxPhotos ?? FORM_LIMITS.photosDefault,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 64 }, name: { type: 'string', maxLength: 200 } },
        },
      };
    case 'status':
      return { ...base, type: 'string', enum: (definition.flow?.states ?? []).map((s) => s.key) };
  }
}

/**
 * The JSON Schema the server's data API stores a form app's records with (the `records` collection of its manifest).
 * Retired fields stay as read-only properties, so records made under older versions remain valid and readable.
 * Required fields are required; a required field the user may leave blank does not exist.
 */
export function definitionToCollectionSchema(definition: FormDefinition): CollectionSchema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  const order: string[] = [];
  for (const section of definition.sections) {
    for (const field of section.fields) {
      properties[field.key] = fieldSchema(field, definition);
      order.push(field.key);
      if (field.required || field.kind === 'status') required.push(field.key);
    }
  }
  for (const field of definition.retired ?? []) {
    properties[field.key] = { ...fieldSchema(field, definition), readOnly: true, 'x-form-retired': true };
  }
  return {
    type: 'object',
    title: definition.name['zh-CN'],
    additionalProperties: false,
    required,
    properties,
    'x-order': order,
    'x-form-definition-version': definition.definitionVersion,
  };
}
