import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changeMyPassword, getMe, getPins, patchMe, putPins } from '@toolbox/sdk/api';
import { publicUser } from '../auth/AuthUser.ts';
import { countFailure, refuseIfLimited } from '../auth/loginGuard.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { assertPasswordAllowed } from '../auth/passwordPolicy.ts';
import { Errors } from '../errors.ts';
import { inChinese } from '../lib/defineError.ts';
import { changeOwnPassword, readPasswordHash, readPins, renameSelf, writePins } from '../users/accountStore.ts';
import { unitRef } from '../users/userDto.ts';

const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    getMe.url,
    { preHandler: app.requireUser, schema: getMe.schema },
    async (request) => {
      const user = request.user!;
      return { user: publicUser(user, user.adminOf ? unitRef(app.org, user.adminOf) : null) };
    },
  );

  app.patch(
    patchMe.url,
    { preHandler: app.requireUser, schema: patchMe.schema },
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

  app.put(
    changeMyPassword.url,
    { preHandler: app.requireUser, schema: changeMyPassword.schema },
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
      if (newPassword === currentPassword) throw inChinese(new Errors.PASSWORD_WEAK('newPassword must differ from the current one'), '新密码不能与当前密码相同。');
      const hash = await hashPassword(newPassword);
      return { ok: true, ...(await changeOwnPassword(app.db, user, hash, app.now())) };
    },
  );

  app.get(
    getPins.url,
    { preHandler: app.requireUser, schema: getPins.schema },
    async (request) => {
      return { pins: await readPins(app.db, request.user!.id) };
    },
  );

  app.put(
    putPins.url,
    { preHandler: app.requireUser, schema: putPins.schema },
    async (request) => {
      const pins = request.body.pins;
      await writePins(app.db, request.user!.id, pins);
      return { pins };
    },
  );
};

export default meRoutes;
