import { STATUS_CODES } from 'node:http';
import { CODES, type ErrorBody, isToolboxCode, type ServerCode, type ToolboxCode } from '@toolbox/sdk/api';
import type { FastifyError } from 'fastify';
import { Errors } from '../errors.ts';
import { MULTIPART_LIMITS } from './receiveFileInMemory.ts';

export type { ErrorBody };

function body(statusCode: number, code: ToolboxCode, message: string): ErrorBody {
  return { statusCode, code, error: STATUS_CODES[statusCode] ?? 'Error', message };
}

/**
 * The code for a 4xx that carries none of ours (Fastify's own, a plugin's): the registry's code of that status, so
 * the status stays what it was. A 4xx the registry has no code for is answered as 400 TOOLBOX_BAD_REQUEST.
 */
const CODE_OF_STATUS: Readonly<Record<number, ServerCode>> = {
  400: 'TOOLBOX_BAD_REQUEST',
  401: 'TOOLBOX_UNAUTHENTICATED',
  403: 'TOOLBOX_FORBIDDEN',
  404: 'TOOLBOX_NOT_FOUND',
  405: 'TOOLBOX_METHOD_NOT_ALLOWED',
  408: 'TOOLBOX_REQUEST_TIMEOUT',
  413: 'TOOLBOX_PAYLOAD_TOO_LARGE',
  414: 'TOOLBOX_URI_TOO_LONG',
  415: 'TOOLBOX_UNSUPPORTED_MEDIA_TYPE',
  429: 'TOOLBOX_RATE_LIMITED',
  431: 'TOOLBOX_HEADERS_TOO_LARGE',
};

type ValidationItem = { instancePath?: string; keyword?: string; message?: string; params?: Record<string, unknown> };

/**
 * Fastify's own message, but naming the key an `additionalProperties: false` refused: "must NOT have additional
 * properties" alone does not tell a client which of its keys is wrong.
 */
function validationMessage(error: FastifyError & { validationContext?: string }): string {
  const items = error.validation as ValidationItem[] | undefined;
  if (!items?.some((e) => e.keyword === 'additionalProperties')) return error.message;
  return items
    .map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params?.additionalProperty)})` : '';
      return `${error.validationContext ?? 'body'}${e.instancePath ?? ''} ${e.message ?? 'is invalid'}${extra}`;
    })
    .join(', ');
}

/**
 * Any upload's refusal for carrying too many parts: which limit, and its number. Not the publish wording it once
 * had ("bundle: reach fields limit"), which was wrong for a photo, an import or a roster.
 */
function multipartLimitMessage(code: 'FST_FILES_LIMIT' | 'FST_PARTS_LIMIT' | 'FST_FIELDS_LIMIT'): string {
  const { files, fields, parts } = MULTIPART_LIMITS;
  if (code === 'FST_FILES_LIMIT') return `body: a multipart upload carries at most ${files} file`;
  if (code === 'FST_FIELDS_LIMIT') return `body: a multipart upload carries at most ${fields} form fields besides its file`;
  return `body: a multipart upload carries at most ${parts} parts (form fields and files)`;
}

/**
 * Maps any error (ours, Fastify's validation and parser errors, plugins') onto the one shape clients see,
 * always with a `TOOLBOX_*` code.
 */
export function toToolboxError(error: FastifyError & { validationContext?: string }): ErrorBody {
  if (isToolboxCode(error.code)) {
    const spec: { status: number | null } = CODES[error.code];
    const status = error.statusCode ?? spec.status ?? 500;
    const { details, messageZh } = error as { details?: unknown; messageZh?: unknown };
    const answer = body(status, error.code, error.message);
    return {
      ...answer,
      ...(typeof messageZh === 'string' ? { messageZh } : {}),
      ...(Array.isArray(details) ? { details: details as NonNullable<ErrorBody['details']> } : {}),
    };
  }
  if (error.validation) return body(400, 'TOOLBOX_VALIDATION_FAILED', validationMessage(error));
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return body(415, 'TOOLBOX_UNSUPPORTED_MEDIA_TYPE', error.message);
    // Only publish streams its upload without catching this (receiveFileInMemory answers each route's own refusal).
    case 'FST_REQ_FILE_TOO_LARGE':
      return body(400, 'TOOLBOX_ARCHIVE_TOO_LARGE', `bundle: ${error.message}`);
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return body(413, 'TOOLBOX_PAYLOAD_TOO_LARGE', multipartLimitMessage(error.code));
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = CODE_OF_STATUS[status];
    return code ? body(status, code, error.message) : body(400, 'TOOLBOX_BAD_REQUEST', error.message);
  }
  const internal = new Errors.INTERNAL();
  return body(500, 'TOOLBOX_INTERNAL', internal.message);
}
