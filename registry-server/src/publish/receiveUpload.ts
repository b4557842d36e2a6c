import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import { unreadableMultipart } from '../lib/receiveFileInMemory.ts';

export interface Upload {
  /** Where the archive was written. */
  path: string;
  /** Plain form fields sent before the file (e.g. `allowOlder`, `dryRun`); later ones are not read. */
  fields: Record<string, string>;
}

/** Streams the multipart field `bundle` to `<stagingDir>/upload`, refusing anything over the archive limit. */
export async function receiveUpload(request: FastifyRequest, stagingDir: string, maxBytes: number): Promise<Upload> {
  try {
    return await receive(request, stagingDir, maxBytes);
  } catch (error) {
    throw unreadableMultipart(error, 'bundle');
  }
}

async function receive(request: FastifyRequest, stagingDir: string, maxBytes: number): Promise<Upload> {
  const part = await request.file({ limits: { fileSize: maxBytes } });
  if (part?.fieldname !== 'bundle') {
    part?.file.resume();
    throw new Errors.BUNDLE_MISSING();
  }
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    const value = Array.isArray(field) ? field[0] : field;
    if (value?.type === 'field' && typeof value.value === 'string') fields[name] = value.value;
  }
  const target = join(stagingDir, 'upload');
  await pipeline(part.file, createWriteStream(target));
  if (part.file.truncated) throw new Errors.ARCHIVE_TOO_LARGE(`the archive is over ${maxBytes} bytes`);
  return { path: target, fields };
}
