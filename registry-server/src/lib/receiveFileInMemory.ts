import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';

/**
 * What a multipart request may carry besides its file's bytes (the byte limit is each route's): @fastify/multipart
 * refuses more with FST_FILES_LIMIT, FST_FIELDS_LIMIT or FST_PARTS_LIMIT, which toToolboxError words with these numbers.
 */
export const MULTIPART_LIMITS = { files: 1, fields: 10, parts: 12 } as const;

/** What a route answers when the upload is not there, or is too large: its own TOOLBOX_* errors. */
export interface FileRefusals {
  missing: () => Error;
  tooLarge: () => Error;
}

/**
 * What reading the upload failed with, as the client is answered. Ours and the multipart plugin's limits carry a
 * code (and a 4xx) already; what busboy throws carries none and comes from the bytes the client sent: a body cut
 * short ("Unexpected end of multipart data") or malformed is the client's to send again, not a 500.
 */
function readingRefusal(error: unknown, refuse: FileRefusals): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return refuse.tooLarge();
  return unreadableMultipart(error, 'file');
}

/** `error` as it stands when it carries a code; else (busboy's) the 400 for a body cut short or malformed, naming `field`. */
export function unreadableMultipart(error: unknown, field: string): unknown {
  if (typeof (error as { code?: unknown } | null)?.code === 'string') return error;
  const why = error instanceof Error ? error.message : String(error);
  return new Errors.BAD_REQUEST(`${field}: the multipart body could not be read (${why.slice(0, 100)}): it was cut short or is malformed; nothing was kept, send it again`);
}

/**
 * Reads the multipart field `file` into memory, refusing it past `maxBytes` (nothing is kept): `missing` when the
 * request is not multipart or its first file is another field (that file is drained), `tooLarge` past the limit,
 * 400 TOOLBOX_BAD_REQUEST when the body ends or breaks before the file does.
 */
export async function receiveFileInMemory(
  request: FastifyRequest,
  maxBytes: number,
  refuse: FileRefusals,
): Promise<{ bytes: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw refuse.missing();
  try {
    const part = await request.file({ limits: { fileSize: maxBytes } });
    if (part?.fieldname !== 'file') {
      part?.file.resume();
      throw refuse.missing();
    }
    return { bytes: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    throw readingRefusal(error, refuse);
  }
}
