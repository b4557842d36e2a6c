import { MATCH_FIELDS_MAX } from './formFields.ts';
import { RESERVED_KEYS } from './checkShape.ts';
import { FORM_LIMITS } from './limits.ts';
import { FIELD_KINDS } from './types.ts';

const text = (max: number) => ({
  type: 'object',
  additionalProperties: false,
  required: ['zh-CN'],
  properties: { 'zh-CN': { type: 'string', minLength: 1, maxLength: max }, en: { type: 'string', minLength: 1, maxLength: max } },
});
const key = { type: 'string', pattern: `^[a-z][a-zA-Z0-9]{0,${FORM_LIMITS.keyLength - 1}}$`, not: { enum: RESERVED_KEYS } };
const keys = { type: 'array', maxItems: FORM_LIMITS.fields, items: key };
const field = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'kind', 'label'],
  properties: {
    key,
    kind: { enum: [...FIELD_KINDS] },
    label: text(FORM_LIMITS.labelLength),
    help: text(FORM_LIMITS.helpLength),
    required: { type: 'boolean' },
    default: {},
    minLength: { type: 'integer', minimum: 0, maximum: FORM_LIMITS.textMaxLength },
    maxLength: { type: 'integer', minimum: 1, maximum: FORM_LIMITS.textareaMaxLength },
    unit: { type: 'string', minLength: 1, maxLength: FORM_LIMITS.unitLength },
    unitEn: { type: 'string', minLength: 1, maxLength: FORM_LIMITS.unitEnLength },
    min: { type: 'number' },
    max: { type: 'number' },
    decimals: { type: 'integer', minimum: 0, maximum: FORM_LIMITS.decimals },
    options: {
      type: 'array',
      minItems: 1,
      maxItems: FORM_LIMITS.options,
      uniqueItems: true,
      items: { type: 'string', minLength: 1, maxLength: FORM_LIMITS.optionLength },
    },
    // Keyed by option; that each key is an option and each wording names one option only, validateDefinition checks.
    optionsEn: {
      type: 'object',
      maxProperties: FORM_LIMITS.options,
      additionalProperties: { type: 'string', minLength: 1, maxLength: FORM_LIMITS.optionLength },
    },
    maxPhotos: { type: 'integer', minimum: 1, maximum: FORM_LIMITS.photos },
    personName: { type: 'boolean' },
  },
};

/**
 * The JSON Schema (draft-07) of a form definition, for ajv on the server and for editors. It checks the shape;
 * `validateDefinition` checks the same shape and what a schema cannot say (unique keys, defaults that fit, views
 * naming fields, reachable states), with messages that name the field. Run both on the server; the browser runs only
 * `validateDefinition` (no generated code under the desktop's CSP).
 */
export const formDefinitionSchema: Readonly<Record<string, unknown>> = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://toolbox.changning.gov.cn/schemas/toolbox.form.json',
  title: 'Toolbox form app definition',
  type: 'object',
  additionalProperties: false,
  required: ['definitionVersion', 'id', 'name', 'version', 'category', 'scenario', 'owner', 'sections', 'views'],
  properties: {
    $schema: { type: 'string' },
    definitionVersion: { type: 'integer', minimum: 1 },
    id: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', minLength: 2, maxLength: 64 },
    name: text(200),
    description: text(200),
    version: { type: 'string', maxLength: 64, pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$' },
    icon: { type: 'string', minLength: 1, maxLength: 2048 },
    category: { type: 'string', minLength: 1, maxLength: 32 },
    keywords: { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 32 } },
    scenario: { enum: ['general', 'vertical', 'ecosystem'] },
    owner: {
      type: 'object',
      additionalProperties: false,
      required: ['unit', 'contact'],
      properties: { unit: { type: 'string', minLength: 1, maxLength: 64 }, contact: { type: 'string', minLength: 1, maxLength: 100 } },
    },
    visibility: {
      type: 'object',
      additionalProperties: false,
      properties: {
        units: { type: 'array', maxItems: 500, items: { type: 'string', minLength: 1, maxLength: 64 } },
        roles: { type: 'array', items: { enum: ['staff', 'maker', 'developer', 'admin', 'reviewer', 'unit-admin'] } },
      },
    },
    changelog: { type: 'string', maxLength: 4000 },
    matchBy: { anyOf: [key, { type: 'array', minItems: 1, maxItems: MATCH_FIELDS_MAX, uniqueItems: true, items: key }] },
    sections: {
      type: 'array',
      minItems: 1,
      maxItems: FORM_LIMITS.sections,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'fields'],
        properties: { title: text(FORM_LIMITS.labelLength), description: text(FORM_LIMITS.helpLength), fields: { type: 'array', minItems: 1, maxItems: FORM_LIMITS.fields, items: field } },
      },
    },
    retired: {
      type: 'array',
      maxItems: FORM_LIMITS.fields,
      items: { ...field, properties: { ...field.properties, movedTo: key } },
    },
    views: {
      type: 'object',
      additionalProperties: false,
      required: ['list'],
      properties: {
        list: {
          type: 'object',
          additionalProperties: false,
          required: ['columns'],
          properties: {
            columns: { ...keys, minItems: 1, maxItems: FORM_LIMITS.listColumns },
            sort: { type: 'object', additionalProperties: false, required: ['field', 'direction'], properties: { field: key, direction: { enum: ['asc', 'desc'] } } },
            filters: keys,
            search: keys,
            pageSize: { type: 'integer', minimum: 1, maximum: FORM_LIMITS.pageSize },
          },
        },
        detail: { type: 'object', additionalProperties: false, properties: { fields: keys } },
        form: { type: 'object', additionalProperties: false, properties: { columns: { enum: [1, 2, 3] } } },
      },
    },
    flow: {
      type: 'object',
      additionalProperties: false,
      required: ['states', 'initial', 'transitions'],
      properties: {
        initial: key,
        states: {
          type: 'array',
          minItems: 1,
          maxItems: FORM_LIMITS.states,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['key', 'label'],
            properties: { key, label: text(FORM_LIMITS.labelLength), tone: { enum: ['neutral', 'info', 'success', 'warning', 'danger'] }, retired: { type: 'boolean' } },
          },
        },
        transitions: {
          type: 'array',
          maxItems: FORM_LIMITS.transitions,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'to'],
            properties: { from: key, to: key, label: text(FORM_LIMITS.labelLength), roles: { type: 'array', items: { enum: ['staff', 'maker', 'developer', 'admin', 'reviewer'] } } },
          },
        },
      },
    },
  },
  // Several matchBy fields came with format 2 (definitionVersionFor); an address one needs it too, and English options
  // or units need format 3, which only validateDefinition can see (it knows each field's kind and walks every field).
  if: { required: ['matchBy'], properties: { matchBy: { type: 'array' } } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
  then: { properties: { definitionVersion: { minimum: 2 } } },
};
