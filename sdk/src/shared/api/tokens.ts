/* Bearer tokens for the CLI: minted with the password again (or a fresh single sign-on), listed, revoked. */
import { type Static, Type } from '@sinclair/typebox';
import { AppIdSchema, NoContentSchema, StringEnum } from './common.ts';
import { routesOf } from './routesOf.ts';

const authRoute = routesOf('auth');

/** A token lives 90 days unless asked otherwise, and never more than a year. */
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;

const ScopeSchema = StringEnum(['publish', 'read'] as const);
const common = {
  id: Type.String(),
  name: Type.String(),
  scope: ScopeSchema,
  apps: Type.Union([Type.Array(Type.String()), Type.Null()], { description: 'The apps a publish token is limited to; null: every app' }),
  createdAt: Type.String(),
  expiresAt: Type.String(),
};

export const TokenSchema = Type.Object(
  {
    ...common,
    lastUsedAt: Type.Union([Type.String(), Type.Null()], { description: 'Updated at most once a minute' }),
    expired: Type.Boolean(),
    user: Type.Object({ id: Type.String(), username: Type.String(), name: Type.String() }),
  },
  { title: 'Token' },
);

/** A new token: the secret `token` is shown this once and stored hashed. */
export const MintedTokenSchema = Type.Object({ ...common, token: Type.String() }, { title: 'MintedToken' });

export const MintTokenBodySchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.Optional(Type.String({ minLength: 1, maxLength: 256, description: 'Omitted: a single sign-on within the last 5 minutes stands in for it' })),
  scope: ScopeSchema,
  apps: Type.Optional(Type.Array(AppIdSchema, { minItems: 1, maxItems: 50, uniqueItems: true })),
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: TOKEN_MAX_DAYS })),
});

export const mintToken = authRoute('POST', '/api/tokens',
  'Creates a bearer token for the CLI (shown once, stored hashed). Needs the password again, or (without password) a single sign-on within the last 5 minutes, so code running in a signed-in page cannot mint one',
  { body: MintTokenBodySchema },
  { 201: MintedTokenSchema },
);

export const listTokens = authRoute('GET', '/api/tokens',
  "The caller's tokens, or everyone's with ?all=1 (admins), never the secrets; lastUsedAt is updated at most once a minute",
  { querystring: Type.Object({ all: Type.Optional(StringEnum(['0', '1'] as const)) }) },
  { 200: Type.Object({ items: Type.Array(TokenSchema) }) },
);

export const revokeToken = authRoute('DELETE', '/api/tokens/:tokenId', 'Revokes a token (your own; admins any)', { params: Type.Object({ tokenId: Type.String({ maxLength: 64 }) }) }, { 204: NoContentSchema });

export type TokenDto = Static<typeof TokenSchema>;
export type MintedTokenDto = Static<typeof MintedTokenSchema>;
