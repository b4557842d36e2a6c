import type { FieldError } from '@toolbox/sdk';
import type { FastifyError } from 'fastify';
import { Errors } from '../errors.ts';

export interface ErrorBody {
  statusCode: number;
  code: string;
  error: string;
  message: string;
  /** Field by field, where a record broke its collection's schema (`TOOLBOX_RECORD_INVALID`). */
  details?: FieldError[];
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
};

function body(statusCode: number, code: string, message: string): ErrorBody {
  return { statusCode, code, error: STATUS_TEXT[statusCode] ?? 'Error', message };
}

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
 * Maps any error (ours, Fastify's validation and parser errors, plugins') onto the one shape clients see,
 * always with a `TOOLBOX_*` code.
 */
export function toToolboxError(error: FastifyError & { validationContext?: string }): ErrorBody {
  const status = error.statusCode ?? 500;
  if (typeof error.code === 'string' && error.code.startsWith('TOOLBOX_')) {
    const details = (error as { details?: unknown }).details;
    return Array.isArray(details) ? { ...body(status, error.code, error.message), details: details as FieldError[] } : body(status, error.code, error.message);
  }
  if (error.validation) return body(400, 'TOOLBOX_VALIDATION_FAILED', validationMessage(error));
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return body(413, 'TOOLBOX_PAYLOAD_TOO_LARGE', error.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return body(415, 'TOOLBOX_UNSUPPORTED_MEDIA_TYPE', error.message);
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return body(400, 'TOOLBOX_ARCHIVE_TOO_LARGE', `bundle: ${error.message}`);
  }
  if (status === 413) return body(413, 'TOOLBOX_PAYLOAD_TOO_LARGE', error.message);
  if (status === 415) return body(415, 'TOOLBOX_UNSUPPORTED_MEDIA_TYPE', error.message);
  if (status === 429) return body(429, 'TOOLBOX_RATE_LIMITED', error.message);
  if (status === 404) return body(404, 'TOOLBOX_NOT_FOUND', error.message);
  if (status >= 400 && status < 500) return body(400, 'TOOLBOX_BAD_REQUEST', error.message);
  const internal = new Errors.INTERNAL();
  return body(500, internal.code, internal.message);
}
