import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { attachmentContentOf } from './attachmentContentOf.ts';
import { deleteStaleUploads, insertAttachment } from './attachmentRows.ts';
import { PHOTO_LIMITS } from './photoLimits.ts';
import type { Photo } from './reencodePhoto.ts';
import type { AttachmentsTable } from './tables.ts';

type PhotoOwner = { appId: string; field: string; unitId: string; userId: string };

/** Keeps a re-encoded photo as the uploader's unsaved attachment; sweeps a batch of uploads no record took in a day. */
export async function storePhoto(app: FastifyInstance, owner: PhotoOwner, photo: Photo): Promise<AttachmentsTable> {
  const row = await keepPhoto(app, owner, photo, randomBytes(16).toString('hex'));
  await sweepStaleUploads(app);
  return row;
}

/**
 * Keeps a re-encoded photo as the uploader's unsaved attachment under `id` (a new one, or the id an imported record's
 * data names already), without the sweep: an import keeps hundreds and sweeps once (sweepStaleUploads).
 */
export async function keepPhoto(app: FastifyInstance, owner: PhotoOwner, photo: Photo, id: string): Promise<AttachmentsTable> {
  const content = attachmentContentOf(app);
  const now = app.now();
  const row: AttachmentsTable = {
    id,
    app_id: owner.appId,
    field: owner.field,
    unit_id: owner.unitId,
    uploaded_by: owner.userId,
    record_id: null,
    content_type: photo.contentType,
    size: photo.body.length,
    width: photo.width,
    height: photo.height,
    sha256: createHash('sha256').update(photo.body).digest('hex'),
    created_at: now.toISOString(),
    content: await content.put(id, photo.body),
  };
  try {
    await insertAttachment(app.db, row);
  } catch (error) {
    await content.remove([id]);
    throw error;
  }
  return row;
}

/** Deletes a batch of uploads no record took within PHOTO_LIMITS.pendingMs, rows and bytes. */
export async function sweepStaleUploads(app: FastifyInstance): Promise<void> {
  await attachmentContentOf(app).remove(await deleteStaleUploads(app.db, new Date(app.now().getTime() - PHOTO_LIMITS.pendingMs)));
}
