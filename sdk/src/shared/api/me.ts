/* The signed-in user's own account: who they are, their name, their password, their pinned apps. */
import { type Static, Type } from '@sinclair/typebox';
import { AppIdSchema, UserSchema } from './common.ts';
import { ErrorResponses } from './errors.ts';
import { defineRoute } from './route.ts';

export const PinsSchema = Type.Object({ pins: Type.Array(AppIdSchema, { maxItems: 50, uniqueItems: true }) }, { title: 'Pins' });

export const getMe = defineRoute('GET', '/api/me', {
  tags: ['auth'],
  summary: 'The signed-in user and the path of their unit',
  response: { 200: Type.Object({ user: UserSchema }), ...ErrorResponses },
});

export const patchMe = defineRoute('PATCH', '/api/me', {
  tags: ['auth'],
  summary: 'Changes your own display name (我的账号); audited user.update',
  body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false }),
  response: { 200: Type.Object({ user: UserSchema }), ...ErrorResponses },
});

export const changeMyPassword = defineRoute('PUT', '/api/me/password', {
  tags: ['auth'],
  summary:
    'Changes your own password: the current one (or the temporary one after a reset) and a new one that meets the password policy. Ends your other sessions; audited user.password',
  body: Type.Object(
    { currentPassword: Type.String({ minLength: 1, maxLength: 256 }), newPassword: Type.String({ minLength: 1, maxLength: 256 }) },
    { additionalProperties: false },
  ),
  response: { 200: Type.Object({ ok: Type.Boolean(), otherSessionsEnded: Type.Integer({ description: 'How many of your other sessions were ended' }) }), ...ErrorResponses },
});

export const getPins = defineRoute('GET', '/api/me/pins', {
  tags: ['auth'],
  summary: 'The app ids the user pinned to the desktop, in order',
  response: { 200: PinsSchema, ...ErrorResponses },
});

export const putPins = defineRoute('PUT', '/api/me/pins', {
  tags: ['auth'],
  summary: 'Replaces the pinned app ids (at most 50)',
  body: PinsSchema,
  response: { 200: PinsSchema, ...ErrorResponses },
});

export type Pins = Static<typeof PinsSchema>;
