import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';

/**
 * Why a text holding U+0000 is refused. PostgreSQL cannot store or even compare it ("invalid byte sequence for
 * encoding UTF8: 0x00", a 500) while SQLite can, so the same request had two answers; no name, id or value needs it.
 */
export const NUL_REFUSAL = 'holds the character U+0000 (NUL), which is not accepted';

const SHOWN_SEGMENTS = 12;
const SHOWN_CHARACTERS = 40;

/**
 * A path (`body/items/0/title`) as a message shows it: bounded whatever the client sent (long keys cut, the middle
 * of a deep path elided) and with a NUL written as `\u0000`.
 */
export function showPath(path: readonly (string | number)[]): string {
  const segment = (s: string | number) => {
    const text = String(s).replaceAll('\u0000', '\\u0000');
    return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text;
  };
  const shown = path.length > SHOWN_SEGMENTS ? [...path.slice(0, SHOWN_SEGMENTS / 2), '…', ...path.slice(-SHOWN_SEGMENTS / 2 + 1)] : path;
  return shown.map(segment).join('/');
}

/** The first key or value of `values` (path parameters, a query string) holding a NUL, as `<where>/<key>`. */
function nulIn(values: unknown, where: string): string | undefined {
  if (values === null || typeof values !== 'object') return undefined;
  for (const [key, value] of Object.entries(values)) {
    const texts = Array.isArray(value) ? value : [value];
    if (key.includes('\u0000') || texts.some((text) => typeof text === 'string' && text.includes('\u0000'))) return showPath([where, key]);
  }
  return undefined;
}

/**
 * A query parameter that schema validation turned into ±Infinity, as the refusal's message. Ajv coerces `1e400` to
 * Infinity, takes it for an integer and skips `maximum` for a number that is not finite, so `?offset=1e400` passed
 * every bound of the contract and reached SQL (a 500 on both engines).
 */
function infiniteIn(request: FastifyRequest): string | undefined {
  const query = request.query;
  if (query === null || typeof query !== 'object') return undefined;
  for (const [key, value] of Object.entries(query)) {
    if (typeof value !== 'number' || Number.isFinite(value)) continue;
    // Worded as ajv words the bound it skipped, when the contract gives one.
    const schema = request.routeOptions.schema?.querystring as { properties?: Record<string, { minimum?: number; maximum?: number }> } | undefined;
    const { minimum, maximum } = schema?.properties?.[key] ?? {};
    const bound = value > 0 ? (maximum === undefined ? undefined : `<= ${maximum}`) : minimum === undefined ? undefined : `>= ${minimum}`;
    return `querystring/${showPath([key])} ${bound ? `must be ${bound}` : 'must be a finite number'}`;
  }
  return undefined;
}

/**
 * Refusals of path parameters and query strings that the routes' schemas miss, for every route (400
 * TOOLBOX_VALIDATION_FAILED naming the parameter): a NUL, before any hook or route reads it (the JSON body parser
 * refuses it in bodies), and a number beyond a double, once validation has coerced it.
 */
export function installParamChecks(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const where = nulIn(request.params, 'params') ?? nulIn(request.query, 'querystring');
    done(where ? new Errors.VALIDATION_FAILED(`${where}: ${NUL_REFUSAL}`) : undefined);
  });
  app.addHook('preHandler', (request, _reply, done) => {
    const infinite = infiniteIn(request);
    done(infinite ? new Errors.VALIDATION_FAILED(infinite) : undefined);
  });
}
