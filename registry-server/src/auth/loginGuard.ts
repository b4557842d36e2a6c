import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import { inChinese } from '../lib/defineError.ts';
import type { LoginLimiter } from './LoginLimiter.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Failed password checks of sign-ins and token mints (installAuth). */
    loginLimiter: LoginLimiter;
  }
}

/** 429 TOOLBOX_RATE_LIMITED with Retry-After when `username` may not be tried from this address now. */
export function refuseIfLimited(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, username: string): void {
  const wait = app.loginLimiter.retryAfterSeconds(request.ip, username, app.now());
  if (wait > 0) {
    void reply.header('retry-after', String(wait));
    throw inChinese(new Errors.RATE_LIMITED(`${wait} s`), `尝试次数太多，请 ${Math.ceil(wait / 60)} 分钟后再试。`);
  }
}

/** Counts a wrong password for `username` from this address. */
export function countFailure(app: FastifyInstance, request: FastifyRequest, username: string): void {
  app.loginLimiter.fail(request.ip, username, app.now());
}
