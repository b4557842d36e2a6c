import type { FastifyInstance } from 'fastify';
import { errorCodes } from 'fastify';
import { Errors } from '../errors.ts';
import { NUL_REFUSAL, showPath } from './installParamChecks.ts';

/**
 * How many levels of arrays and objects a JSON body may nest. A record, a manifest and its collection schemas need a
 * dozen or so; far deeper ones are no use to anyone, yet every later step that walks a value recursively
 * (JSON.stringify when it is stored, ajv, an export's cells) overflows the stack on them and answers 500.
 */
export const MAX_JSON_DEPTH = 64;

/** An object or array being walked: its keys (none for an array: its indexes), and the next to visit. */
interface Frame {
  container: Record<string, unknown> | unknown[];
  keys: string[] | undefined;
  next: number;
}

const NOT_ALLOWED = 'this key is not allowed in a JSON body';

/** What is wrong with a value itself (not its key), at `depth` containers below the body. */
function valueProblem(value: unknown, depth: number): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? NUL_REFUSAL : undefined;
  // JSON.parse reads 1e999 as Infinity, which JSON.stringify then stores as null: the value would be lost.
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'a number too large to store (beyond ±1.8e308)';
  if (value !== null && typeof value === 'object' && depth >= MAX_JSON_DEPTH) return `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects`;
  return undefined;
}

/** What is wrong with `key` of `container`: prototype poisoning (`__proto__`, or `constructor.prototype`), or a NUL. */
function keyProblem(container: Record<string, unknown>, key: string): { suffix: string[]; problem: string } | undefined {
  if (key === '__proto__') return { suffix: [], problem: NOT_ALLOWED };
  const child = container[key];
  if (key === 'constructor' && child !== null && typeof child === 'object' && Object.hasOwn(child, 'prototype')) return { suffix: ['prototype'], problem: NOT_ALLOWED };
  return key.includes('\u0000') ? { suffix: [], problem: NUL_REFUSAL } : undefined;
}

/**
 * The first thing in a parsed body that is refused, as `<path>: <why>`, or undefined. Walked with an explicit stack,
 * never deeper than MAX_JSON_DEPTH frames, so a body nested 500,000 levels costs no more stack than a flat one
 * (a recursive walk overflowed there and answered 500).
 */
function findRefusal(body: unknown): string | undefined {
  const path: (string | number)[] = ['body'];
  const frames: Frame[] = [];
  let value = body;
  for (;;) {
    const problem = valueProblem(value, frames.length);
    if (problem) return `${showPath(path)}: ${problem}`;
    if (value !== null && typeof value === 'object') {
      frames.push({ container: value as Frame['container'], keys: Array.isArray(value) ? undefined : Object.keys(value), next: 0 });
    } else {
      path.pop();
    }
    // On to the next child of the innermost container that has one left.
    let frame = frames.at(-1);
    while (frame && frame.next === (frame.keys ?? (frame.container as unknown[])).length) {
      frames.pop();
      path.pop();
      frame = frames.at(-1);
    }
    if (!frame) return undefined;
    if (frame.keys) {
      const key = frame.keys[frame.next++]!;
      const container = frame.container as Record<string, unknown>;
      path.push(key);
      const refused = keyProblem(container, key);
      if (refused) return `${showPath([...path, ...refused.suffix])}: ${refused.problem}`;
      value = container[key];
    } else {
      const index = frame.next++;
      path.push(index);
      value = (frame.container as unknown[])[index];
    }
  }
}

/**
 * JSON bodies, parsed as Fastify's own parser does (prototype poisoning refused), but saying why: Fastify answers
 * "not valid JSON" for a `__proto__` key too, which names neither the key nor where it is. Also refused here, for
 * every route at once and naming where: nesting deeper than MAX_JSON_DEPTH, the character NUL (PostgreSQL cannot
 * store it, so the engines would disagree) and numbers beyond a double (stored as null).
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
    const refusal = findRefusal(value);
    if (refusal) return done(new Errors.VALIDATION_FAILED(refusal), undefined);
    done(null, value);
  });
}
