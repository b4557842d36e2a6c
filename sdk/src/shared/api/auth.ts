/* Signing in and out with a password (single sign-on is in oidc.ts). */
import { Type } from '@sinclair/typebox';
import { NoContentSchema, UserSchema } from './common.ts';
import { routesOf } from './routesOf.ts';

const authRoute = routesOf('auth');

export const LoginBodySchema = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
});

export const login = authRoute('POST', '/api/auth/login', 'Sign in: sets the httpOnly session cookie toolbox_session', { body: LoginBodySchema }, { 200: Type.Object({ user: UserSchema }) });

export const logout = authRoute('POST', '/api/auth/logout',
  "Sign out: ends the session of the cookie. 204; or 200 with endSessionUrl after a single sign-on, where the browser is to go to end the provider's session too",
  {},
  { 200: Type.Object({ endSessionUrl: Type.String() }), 204: NoContentSchema },
);
