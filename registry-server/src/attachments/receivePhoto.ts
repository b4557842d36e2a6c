import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import { PHOTO_LIMITS } from './photoLimits.ts';

/** Reads the multipart file field `file` into memory, refusing it past PHOTO_LIMITS.maxBytes (nothing is kept). */
export async function receivePhoto(request: FastifyRequest, field: string): Promise<Buffer> {
  if (!request.isMultipart()) throw new Errors.ATTACHMENT_MISSING();
  const part = await request.file({ limits: { fileSize: PHOTO_LIMITS.maxBytes } });
  if (part?.fieldname !== 'file') {
    part?.file.resume();
    throw new Errors.ATTACHMENT_MISSING();
  }
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new Errors.ATTACHMENT_TOO_LARGE(field, `the photo is over ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB`);
    throw error;
  }
}
