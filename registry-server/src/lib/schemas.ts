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
    role: { type: 'string', enum: ['staff', 'developer', 'admin', 'reviewer'] },
    unit: {
      type: 'object',
      properties: { id: { type: 'string' }, name: { type: 'string' }, path: { type: 'array', items: { type: 'string' } } },
    },
    /** Issue 15, additive: the unit whose subtree the user administers (a street's 管理员), or null. */
    adminOf: {
      anyOf: [
        { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, path: { type: 'array', items: { type: 'string' } } } },
        { type: 'null' },
      ],
    },
    /** Issue 15, additive: true after a password reset until the user chooses a new password. */
    mustChangePassword: { type: 'boolean' },
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
