import type { FastifyRequest } from 'fastify';

/** What a route answers when the upload is not there, or is too large: its own TOOLBOX_* errors. */
export interface FileRefusals {
  missing: () => Error;
  tooLarge: () => Error;
}

/**
 * Reads the multipart field `file` into memory, refusing it past `maxBytes` (nothing is kept): `missing` when the
 * request is not multipart or its first file is another field (that file is drained), `tooLarge` past the limit.
 */
export async function receiveFileInMemory(
  request: FastifyRequest,
  maxBytes: number,
  refuse: FileRefusals,
): Promise<{ bytes: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw refuse.missing();
  const part = await request.file({ limits: { fileSize: maxBytes } });
  if (part?.fieldname !== 'file') {
    part?.file.resume();
    throw refuse.missing();
  }
  try {
    return { bytes: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw refuse.tooLarge();
    throw error;
  }
}
