/* Single sign-on (OpenID Connect) and how one signs in here. */
import { type Static, Type } from '@sinclair/typebox';
import { StringEnum } from './common.ts';
import { routesOf } from './routesOf.ts';

const authRoute = routesOf('auth');

const Redirect = Type.Unsafe<undefined>({ type: 'null', description: 'A redirect (Location header)' });

export const AuthMethodsSchema = Type.Object(
  {
    password: Type.Boolean({ description: 'Everyone may sign in with a password' }),
    passwordForSome: Type.Boolean({ description: 'Only the break-glass accounts may (TOOLBOX_LOCAL_LOGIN_USERS)' }),
    sso: Type.Union([Type.Object({ loginUrl: Type.String() }), Type.Null()]),
  },
  { title: 'AuthMethods' },
);

export const getAuthMethods = authRoute('GET', '/api/auth/methods', 'How one signs in here: password (for everyone, or only break-glass accounts) and single sign-on', {}, { 200: AuthMethodsSchema });

export const oidcLogin = authRoute('GET', '/api/auth/oidc/login',
  'Single sign-on: redirects to the identity provider (authorization code with PKCE, state and nonce)',
  {
  querystring: Type.Object({
    reauth: Type.Optional(StringEnum(['0', '1'])),
    returnTo: Type.Optional(Type.String({ maxLength: 512 })),
  }),
  },
  { 302: Redirect, 303: Redirect },
);

export const oidcCallback = authRoute('GET', '/api/auth/oidc/callback',
  'Single sign-on: where the identity provider sends the browser back; signs in (matching the roster by username, or creating the user when allowed) and redirects to the desktop',
  {
  querystring: Type.Object({
    code: Type.Optional(Type.String({ maxLength: 2048 })),
    state: Type.Optional(Type.String({ maxLength: 512 })),
    error: Type.Optional(Type.String({ maxLength: 256 })),
    error_description: Type.Optional(Type.String({ maxLength: 1024 })),
  }),
  },
  { 302: Redirect, 303: Redirect },
);

export type AuthMethods = Static<typeof AuthMethodsSchema>;
