import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/createDatabase.ts';
import { type AttachmentContent, createAttachmentContent } from './AttachmentContent.ts';

// Keyed by the database handle: every route plugin sees its own encapsulated instance, but the same `app.db`.
const stores = new WeakMap<Db, AttachmentContent>();

/** The photo byte store of this server (one per database handle). */
export function attachmentContentOf(app: FastifyInstance): AttachmentContent {
  let store = stores.get(app.db);
  if (!store) {
    store = createAttachmentContent(app.engine, app.dataDir);
    stores.set(app.db, store);
  }
  return store;
}
