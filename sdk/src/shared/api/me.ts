/* The signed-in user's own account: who they are, their name, their password, their pinned apps. */
import { type Static, Type } from '@sinclair/typebox';
import { AppIdSchema, UserSchema } from './common.ts';
import { routesOf } from './routesOf.ts';

const authRoute = routesOf('auth');

export const PinsSchema = Type.Object({ pins: Type.Array(AppIdSchema, { maxItems: 50, uniqueItems: true }) }, { title: 'Pins' });

export const getMe = authRoute('GET', '/api/me', 'The signed-in user and the path of their unit', {}, { 200: Type.Object({ user: UserSchema }) });

export const patchMe = authRoute('PATCH', '/api/me',
  'Changes your own display name (我的账号); audited user.update',
  { body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false }) },
  { 200: Type.Object({ user: UserSchema }) },
);

export const changeMyPassword = authRoute('PUT', '/api/me/password',
  'Changes your own password: the current one (or the temporary one after a reset) and a new one that meets the password policy. Ends your other sessions and revokes your API tokens (minted with the old password); audited user.password',
  {
  body: Type.Object(
    { currentPassword: Type.String({ minLength: 1, maxLength: 256 }), newPassword: Type.String({ minLength: 1, maxLength: 256 }) },
    { additionalProperties: false },
  ),
  },
  {
    200: Type.Object({
      ok: Type.Boolean(),
      otherSessionsEnded: Type.Integer({ description: 'How many of your other sessions were ended' }),
      tokensRevoked: Type.Integer({ description: 'How many of your API tokens were revoked' }),
    }),
  },
);

export const getPins = authRoute('GET', '/api/me/pins', 'The app ids the user pinned to the desktop, in order', {}, { 200: PinsSchema });

export const putPins = authRoute('PUT', '/api/me/pins', 'Replaces the pinned app ids (at most 50)', { body: PinsSchema }, { 200: PinsSchema });

export type Pins = Static<typeof PinsSchema>;
