/** JSON Schemas shared by route definitions (Fastify validates with them and @fastify/swagger documents them). */
export const localizedTextSchema = {
  type: 'object',
  required: ['zh-CN'],
  properties: { 'zh-CN': { type: 'string', minLength: 1, maxLength: 200 }, en: { type: 'string', minLength: 1, maxLength: 200 } },
  additionalProperties: false,
} as const;

export const userSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', enum: ['staff', 'developer', 'admin'] },
    unit: {
      type: 'object',
      properties: { id: { type: 'string' }, name: { type: 'string' }, path: { type: 'array', items: { type: 'string' } } },
    },
  },
} as const;

export const appIdParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 64 } },
} as const;

export const errorSchema = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, code: { type: 'string' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;
