import type { FastifyPluginAsync } from 'fastify';
import { publicUser } from '../auth/AuthUser.ts';
import { countFailure, refuseIfLimited } from '../auth/loginGuard.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { assertPasswordAllowed } from '../auth/passwordPolicy.ts';
import { Errors } from '../errors.ts';
import { userSchema } from '../lib/schemas.ts';
import { changeOwnPassword, readPasswordHash, readPins, renameSelf, writePins } from '../users/accountStore.ts';
import { unitRef } from '../users/userDto.ts';

const MAX_PINS = 50;

const pinsSchema = {
  type: 'object',
  required: ['pins'],
  properties: {
    pins: {
      type: 'array',
      maxItems: MAX_PINS,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 64 },
    },
  },
} as const;

const meRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/api/me',
    {
      preHandler: app.requireUser,
      schema: { tags: ['auth'], summary: 'The signed-in user and the path of their unit', response: { 200: { type: 'object', properties: { user: userSchema } } } },
    },
    async (request) => {
      const user = request.user!;
      return { user: publicUser(user, user.adminOf ? unitRef(app.org, user.adminOf) : null) };
    },
  );

  app.patch<{ Body: { name: string } }>(
    '/api/me',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['auth'],
        summary: 'Changes your own display name (我的账号); audited user.update',
        body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', minLength: 1, maxLength: 40 } } },
        response: { 200: { type: 'object', properties: { user: userSchema } } },
      },
    },
    async (request) => {
      const user = request.user!;
      if (user.via !== 'session') throw new Errors.FORBIDDEN('Change your name in the desktop (我的账号), not with a token');
      const name = request.body.name.normalize('NFC').trim().replace(/\s+/g, ' ');
      if (!name) throw new Errors.VALIDATION_FAILED('body/name must not be blank');
      if (name !== user.name) {
        await renameSelf(app.db, user, name, app.now());
      }
      return { user: publicUser({ ...user, name }, user.adminOf ? unitRef(app.org, user.adminOf) : null) };
    },
  );

  app.put<{ Body: { currentPassword: string; newPassword: string } }>(
    '/api/me/password',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['auth'],
        summary:
          'Changes your own password: the current one (or the temporary one after a reset) and a new one that meets the password policy. Ends your other sessions; audited user.password',
        body: {
          type: 'object',
          required: ['currentPassword', 'newPassword'],
          additionalProperties: false,
          properties: { currentPassword: { type: 'string', minLength: 1, maxLength: 256 }, newPassword: { type: 'string', minLength: 1, maxLength: 256 } },
        },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      if (user.via !== 'session') throw new Errors.FORBIDDEN('Change your password in the desktop (我的账号), not with a token');
      const { currentPassword, newPassword } = request.body;
      refuseIfLimited(app, request, reply, user.username);
      if (!(await verifyPassword(currentPassword, await readPasswordHash(app.db, user.id)))) {
        countFailure(app, request, user.username);
        throw new Errors.PASSWORD_WRONG();
      }
      assertPasswordAllowed(newPassword, user.username, 'newPassword');
      if (newPassword === currentPassword) throw new Errors.PASSWORD_WEAK('newPassword must differ from the current one');
      const hash = await hashPassword(newPassword);
      const ended = await changeOwnPassword(app.db, user, hash, app.now());
      return { ok: true, otherSessionsEnded: ended };
    },
  );

  app.get(
    '/api/me/pins',
    { preHandler: app.requireUser, schema: { tags: ['auth'], summary: 'The app ids the user pinned to the desktop, in order', response: { 200: pinsSchema } } },
    async (request) => {
      return { pins: await readPins(app.db, request.user!.id) };
    },
  );

  app.put<{ Body: { pins: string[] } }>(
    '/api/me/pins',
    { preHandler: app.requireUser, schema: { tags: ['auth'], summary: 'Replaces the pinned app ids (at most 50)', body: pinsSchema, response: { 200: pinsSchema } } },
    async (request) => {
      const pins = request.body.pins;
      await writePins(app.db, request.user!.id, pins);
      return { pins };
    },
  );
};

export default meRoutes;
