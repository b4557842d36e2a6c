/* Pieces several route areas share: ids, localized text, the signed-in user, a units path. */
import { type Static, Type } from '@sinclair/typebox';

export const AppIdSchema = Type.String({ pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 64 });

/** `:id` of every `/api/apps/:id/…` route. */
export const AppIdParamsSchema = Type.Object({ id: AppIdSchema });

/** `:id` of a route on something the registry gave an id (a unit, a user, a session): any 1–64 characters, looked up by the route. */
export const IdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const LocalizedTextSchema = Type.Object(
  { 'zh-CN': Type.String(), en: Type.Optional(Type.String()) },
  { title: 'LocalizedText' },
);

/** Input form of localized text: both languages non-empty and short. */
export const LocalizedTextInputSchema = Type.Object(
  { 'zh-CN': Type.String({ minLength: 1, maxLength: 200 }), en: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) },
  { additionalProperties: false },
);

export const RoleSchema = Type.Union([Type.Literal('staff'), Type.Literal('maker'), Type.Literal('developer'), Type.Literal('admin'), Type.Literal('reviewer')]);

/** A unit with the names of its ancestors, root first (`path`). */
export const UnitRefSchema = Type.Object({ id: Type.String(), name: Type.String(), path: Type.Array(Type.String()) });

/** The signed-in user as `/api/auth/login` and `/api/me` return it. */
export const UserSchema = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    unit: UnitRefSchema,
    /** The unit whose subtree the user administers (a street's 管理员), or null. */
    adminOf: Type.Union([UnitRefSchema, Type.Null()]),
    /** True after a password reset until the user chooses a new password. */
    mustChangePassword: Type.Boolean(),
  },
  { title: 'User' },
);

/** A user as an audit entry or a review names them: who did it. */
export const ActorSchema = Type.Object({ id: Type.String(), username: Type.String(), name: Type.Union([Type.String(), Type.Null()]) });

/** 204 (and 304): no body; typed `undefined` so a handler answers with `reply.status(204).send()`. */
export const NoContentSchema = Type.Unsafe<undefined>({ type: 'null', description: 'No content' });

export type LocalizedTextDto = Static<typeof LocalizedTextSchema>;
export type UserDto = Static<typeof UserSchema>;
export type UnitRefDto = Static<typeof UnitRefSchema>;
export type ActorDto = Static<typeof ActorSchema>;

/**
 * A string out of a list, as `{type: 'string', enum}`: the form the routes always used, whose validation message
 * ("must be equal to one of the allowed values") clients and tests read; a union of literals would say it differently.
 */
export function StringEnum<const T extends readonly string[]>(values: T, options: { description?: string; default?: T[number] } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/**
 * `?lang=` of a route whose answer a person reads (an export's headers, an import's report, a spreadsheet's refusal):
 * the desktop's language, Chinese unless asked.
 */
export const LangQuerySchema = Type.Optional(StringEnum(['zh-CN', 'en'] as const, { default: 'zh-CN', description: "The language of the answer's words for people: the desktop's" }));
