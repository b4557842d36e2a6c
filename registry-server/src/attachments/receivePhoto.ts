import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import { receiveFileInMemory } from '../lib/receiveFileInMemory.ts';
import { PHOTO_LIMITS } from './photoLimits.ts';

/** Reads the multipart file field `file` into memory, refusing it past PHOTO_LIMITS.maxBytes (nothing is kept). */
export async function receivePhoto(request: FastifyRequest, field: string): Promise<Buffer> {
  const { bytes } = await receiveFileInMemory(request, PHOTO_LIMITS.maxBytes, {
    missing: () => new Errors.ATTACHMENT_MISSING(),
    tooLarge: () => new Errors.ATTACHMENT_TOO_LARGE(field, `the photo is over ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB`),
  });
  return bytes;
}
