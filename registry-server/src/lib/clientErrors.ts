import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import { toToolboxError, type ErrorBody } from './toToolboxError.ts';

/**
 * Errors Fastify answers before any route or error handler runs (a malformed URL, a path parameter over
 * `maxParamLength`): without this they leave in Fastify's own shape, with an `FST_*` code.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const body =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? toToolboxError(new Errors.URI_TOO_LONG(error.message))
      : toToolboxError(new Errors.BAD_REQUEST(`url: ${error.message}`));
  void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
}

/**
 * Requests Node's HTTP parser refuses (headers or URL over `maxHeaderSize`, a malformed request line) never reach
 * Fastify: the answer is written to the socket here, in the TOOLBOX_* shape, and the connection closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) {
    socket.destroy();
    return;
  }
  let body: ErrorBody;
  if (error.code === 'HPE_HEADER_OVERFLOW') body = toToolboxError(new Errors.HEADERS_TOO_LARGE());
  else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') body = toToolboxError(new Errors.REQUEST_TIMEOUT());
  else body = toToolboxError(new Errors.BAD_REQUEST(`the request could not be parsed (${error.code ?? 'client error'})`));
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${body.statusCode} ${STATUS_CODES[body.statusCode] ?? 'Error'}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`,
  );
}
