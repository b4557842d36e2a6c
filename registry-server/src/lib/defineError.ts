import createError from '@fastify/error';
import { CODES, type ServerCode, type StatusOf } from '@toolbox/sdk/api';

/**
 * An error class for `code`, answered with the status the code registry gives it (`@toolbox/sdk/api`'s CODES): the
 * code and its status are written once, there. `status` picks one of the few other statuses the registry allows
 * for that code (`alsoStatus`). `message` is a `%s`/`%d` template filled from the constructor's arguments.
 */
export function defineError<C extends ServerCode>(code: C, message: string, status?: StatusOf<C>) {
  return createError(code, message, (status ?? CODES[code].status) as number);
}

/**
 * `error` with the same refusal said in Chinese to a person, its values included (the answer's `messageZh`): for a
 * refusal whose code alone does not tell a person what happened (a 403 for approving one's own version, a username
 * taken). The desktop and the admin console show it on a Chinese screen, the code's text (`CODE_TEXT_ZH`) otherwise.
 */
export function inChinese<E extends Error>(error: E, text: string): E & { messageZh: string } {
  return Object.assign(error, { messageZh: text });
}
