import type { FastifyInstance } from 'fastify';
import type { PhotoSource } from '../data/writeRecordsZip.ts';
import { attachmentContentOf } from './attachmentContentOf.ts';

/** Ids per `IN (…)` list: a batch of a thousand records with several photo fields stays far below SQLite's limit. */
const CHUNK = 500;

/** The photos of app `appId`'s records, for an export with photos: only those the exported records own are read. */
export function exportPhotoSource(app: FastifyInstance, appId: string): PhotoSource {
  const store = attachmentContentOf(app);
  return {
    async describe(ids, recordIds) {
      const known = new Map<string, { contentType: string }>();
      const owners = new Set(recordIds);
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await app.db
          .selectFrom('attachments')
          .select(['id', 'record_id', 'content_type'])
          .where('app_id', '=', appId)
          .where('id', 'in', ids.slice(i, i + CHUNK))
          .execute();
        for (const row of rows) if (row.record_id !== null && owners.has(row.record_id)) known.set(row.id, { contentType: row.content_type });
      }
      return known;
    },
    async read(id) {
      const row = await app.db.selectFrom('attachments').select(['id', 'content']).where('id', '=', id).where('app_id', '=', appId).executeTakeFirst();
      return row ? store.read(row) : undefined;
    },
  };
}
