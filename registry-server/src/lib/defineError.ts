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
