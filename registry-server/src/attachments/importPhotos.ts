import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/createDatabase.ts';
import { attachmentContentOf } from './attachmentContentOf.ts';
import { bindRecordPhotos } from './attachmentRows.ts';
import { reencodePhoto } from './reencodePhoto.ts';
import { keepPhoto, sweepStaleUploads } from './storePhoto.ts';

/** One picture an import takes: its row, its field, the id the new record's data names it by, its bytes. */
export interface ImportPhoto {
  line: number;
  field: string;
  id: string;
  bytes: Buffer;
}

/** How many pictures are re-encoded at once: libvips runs each on libuv's pool, which has four threads. */
const AT_ONCE = 4;

/**
 * Re-encodes and stores an import's photos as the importer's pending uploads, as an upload is (reencodePhoto: checked
 * by content, EXIF gone, at most PHOTO_LIMITS.maxSide a side), under the ids the new records' data names. All or none:
 * a picture that does not decode is answered as the line and field it is on, and nothing is kept. The caller makes
 * them the records' in the import's transaction (bindImportPhotos) or, when that is not written, removes them
 * (removeImportPhotos).
 */
export async function storeImportPhotos(
  app: FastifyInstance,
  owner: { appId: string; unitId: string; userId: string },
  photos: readonly ImportPhoto[],
  /** After each batch: how many photos are re-encoded (and, while none is refused, stored) so far. */
  onProgress?: (done: number) => void,
): Promise<{ refused: { line: number; field: string }[] }> {
  const refused: { line: number; field: string }[] = [];
  const stored: string[] = [];
  for (let i = 0; i < photos.length; i += AT_ONCE) {
    const batch = photos.slice(i, i + AT_ONCE);
    const encoded = await Promise.all(batch.map((p) => reencodePhoto(p.bytes, p.field).catch(() => undefined)));
    for (const [j, photo] of encoded.entries()) if (!photo) refused.push({ line: batch[j]!.line, field: batch[j]!.field });
    if (refused.length === 0) {
      for (const [j, photo] of encoded.entries()) {
        const { field, id } = batch[j]!;
        await keepPhoto(app, { ...owner, field }, photo!, id);
        stored.push(id);
      }
    }
    onProgress?.(i + batch.length);
  }
  if (refused.length > 0) await removeImportPhotos(app, stored);
  await sweepStaleUploads(app);
  return { refused };
}

/** Makes each new record's photos its own, in the import's transaction. */
export async function bindImportPhotos(trx: Db, owner: { appId: string; unitId: string; userId: string }, records: { id: string; line: number }[], photos: readonly ImportPhoto[]): Promise<void> {
  const byLine = new Map<number, Map<string, string[]>>();
  for (const { line, field, id } of photos) {
    const fields = byLine.get(line) ?? new Map<string, string[]>();
    fields.set(field, [...(fields.get(field) ?? []), id]);
    byLine.set(line, fields);
  }
  for (const record of records) {
    const named = byLine.get(record.line);
    if (named) await bindRecordPhotos(trx, { appId: owner.appId, recordId: record.id, unitId: owner.unitId, userId: owner.userId }, named);
  }
}

/** Removes stored import photos that no record took (the import was refused or failed after they were stored). */
export async function removeImportPhotos(app: FastifyInstance, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  for (let i = 0; i < ids.length; i += 500) await app.db.deleteFrom('attachments').where('id', 'in', ids.slice(i, i + 500)).where('record_id', 'is', null).execute();
  await attachmentContentOf(app).remove([...ids]);
}
