import { CODES, type ToolboxCode } from '@toolbox/sdk/api';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Errors } from '../src/errors.ts';
import { toToolboxError } from '../src/lib/toToolboxError.ts';

/** An error as Fastify or one of its plugins raises it: a status and an `FST_*` code, none of ours. */
function foreign(statusCode: number, code = 'FST_SOMETHING'): FastifyError {
  return Object.assign(new Error(`failed with ${statusCode}`), { statusCode, code, name: 'FastifyError' }) as FastifyError;
}

describe('toToolboxError keeps a 4xx status and gives it the registry code of that status', () => {
  it.each([
    [404, 'TOOLBOX_NOT_FOUND'],
    [405, 'TOOLBOX_METHOD_NOT_ALLOWED'],
    [408, 'TOOLBOX_REQUEST_TIMEOUT'],
    [413, 'TOOLBOX_PAYLOAD_TOO_LARGE'],
    [414, 'TOOLBOX_URI_TOO_LONG'],
    [415, 'TOOLBOX_UNSUPPORTED_MEDIA_TYPE'],
    [429, 'TOOLBOX_RATE_LIMITED'],
  ] as [number, ToolboxCode][])('%d → %s', (status, code) => {
    expect(CODES[code].status).toBe(status);
    expect(toToolboxError(foreign(status))).toEqual({ statusCode: status, code, error: expect.any(String), message: `failed with ${status}` });
  });

  it('a 4xx the registry has no code for is a 400 TOOLBOX_BAD_REQUEST, with the message kept', () => {
    expect(toToolboxError(foreign(418))).toMatchObject({ statusCode: 400, code: 'TOOLBOX_BAD_REQUEST', error: 'Bad Request', message: 'failed with 418' });
  });

  it('a 5xx or an error without a status is a 500 TOOLBOX_INTERNAL that hides the message', () => {
    for (const error of [foreign(503), new Error('secret detail') as FastifyError]) {
      expect(toToolboxError(error)).toEqual({ statusCode: 500, code: 'TOOLBOX_INTERNAL', error: 'Internal Server Error', message: 'Internal server error' });
    }
  });

  it("our errors keep their code, their status (the registry's) and their field details", () => {
    const error = Object.assign(new Errors.RECORD_INVALID('/name: too long'), { details: [{ path: '/name', message: 'too long', keyword: 'maxLength' }] });
    expect(toToolboxError(error as FastifyError)).toEqual({
      statusCode: 400,
      code: 'TOOLBOX_RECORD_INVALID',
      error: 'Bad Request',
      message: 'Invalid record: /name: too long',
      details: [{ path: '/name', message: 'too long', keyword: 'maxLength' }],
    });
    expect(toToolboxError(new Errors.UNIT_MISSING('u-1') as FastifyError)).toMatchObject({ statusCode: 404, code: 'TOOLBOX_UNIT_NOT_FOUND' });
    expect(toToolboxError(new Errors.HEADERS_TOO_LARGE() as FastifyError)).toMatchObject({ statusCode: 431, error: 'Request Header Fields Too Large' });
  });
});

describe('through a real Fastify instance with the error handler of the app', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = Fastify({ bodyLimit: 64 });
    app.setErrorHandler((error, _request, reply) => {
      const body = toToolboxError(error as FastifyError);
      void reply.status(body.statusCode).send(body);
    });
    app.setNotFoundHandler((request) => {
      throw new Errors.NOT_FOUND(`${request.method} ${request.url}`);
    });
    app.post('/echo', async (request) => request.body);
    app.get('/teapot', async () => {
      throw foreign(405, 'FST_ERR_METHOD');
    });
    await app.ready();
  });
  afterAll(async () => app.close());

  it('413 for a body over the limit, 415 for a type no parser takes, 404 for no route, 405 from a plugin', async () => {
    const big = await app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ text: 'x'.repeat(200) }) });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ statusCode: 413, code: 'TOOLBOX_PAYLOAD_TOO_LARGE', error: 'Payload Too Large' });

    const xml = await app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json()).toMatchObject({ statusCode: 415, code: 'TOOLBOX_UNSUPPORTED_MEDIA_TYPE' });

    const none = await app.inject({ url: '/nowhere' });
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ statusCode: 404, code: 'TOOLBOX_NOT_FOUND', message: 'No route GET /nowhere' });

    const method = await app.inject({ url: '/teapot' });
    expect(method.statusCode).toBe(405);
    expect(method.json()).toMatchObject({ statusCode: 405, code: 'TOOLBOX_METHOD_NOT_ALLOWED', error: 'Method Not Allowed' });
  });
});
