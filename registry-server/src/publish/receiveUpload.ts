import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';

/** Streams the multipart field `bundle` to `<stagingDir>/upload`, refusing anything over the archive limit. */
export async function receiveUpload(request: FastifyRequest, stagingDir: string, maxBytes: number): Promise<string> {
  const part = await request.file({ limits: { fileSize: maxBytes } });
  if (!part || part.fieldname !== 'bundle') {
    part?.file.resume();
    throw new Errors.BUNDLE_MISSING();
  }
  const target = join(stagingDir, 'upload');
  await pipeline(part.file, createWriteStream(target));
  if (part.file.truncated) throw new Errors.ARCHIVE_TOO_LARGE(`the archive is over ${maxBytes} bytes`);
  return target;
}
