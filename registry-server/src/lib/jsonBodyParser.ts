import type { FastifyInstance } from 'fastify';
import { errorCodes } from 'fastify';
import { Errors } from '../errors.ts';

/** A quick test before the walk: a body that cannot hold either key (even \u-escaped) is not walked at all. */
const MAY_POISON = /__proto__|constructor|\\u/;

/** The JSON path of the first `__proto__` key, or of a `constructor` key holding `prototype`, if any. */
function findPoisonedKey(value: unknown, path: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (key === '__proto__') return `${path}/__proto__`;
    if (key === 'constructor' && child !== null && typeof child === 'object' && Object.hasOwn(child, 'prototype')) {
      return `${path}/constructor/prototype`;
    }
    const found = findPoisonedKey(child, `${path}/${key}`);
    if (found) return found;
  }
  return undefined;
}

/**
 * JSON bodies, parsed as Fastify's own parser does (prototype poisoning refused), but saying why: Fastify answers
 * "not valid JSON" for a `__proto__` key too, which names neither the key nor where it is.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    const body = String(text);
    if (body.length === 0) return done(new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY(), undefined);
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      return done(new Errors.BAD_REQUEST(`body: not valid JSON (${(error as Error).message})`), undefined);
    }
    const poisoned = MAY_POISON.test(body) ? findPoisonedKey(value, 'body') : undefined;
    if (poisoned) return done(new Errors.VALIDATION_FAILED(`${poisoned}: this key is not allowed in a JSON body`), undefined);
    done(null, value);
  });
}
