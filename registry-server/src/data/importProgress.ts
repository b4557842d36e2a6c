import type { ImportPhase, ImportProgress } from '@toolbox/sdk/api';
import type { Db } from '../db/createDatabase.ts';

/**
 * How far each running import is, by the token its caller sent (`progress`), for `getImportProgress`: an import with
 * hundreds of photos runs a minute or more, and the desktop shows its photos counting up. Dropped when the import
 * answers. On SQLite (one process) the board is this instance's memory; on PostgreSQL, where a load balancer may send
 * the desktop's question to any instance, it is the table `import_progress` (migration 019).
 */
export interface ImportProgressBoard {
  /**
   * Follows an import of `owner` under `token` until `end`; undefined (the import runs unfollowed) when the same owner
   * runs another import under that token, or when the board is full.
   */
  start(owner: ImportOwner, token: string): Promise<ImportTracker | undefined>;
  read(owner: ImportOwner, token: string): Promise<ImportProgress | undefined>;
  /** How many imports are followed now. */
  size(): Promise<number>;
}

/** Whose import: a token is only ever read back by the user who sent it, in the same app and collection. */
export interface ImportOwner {
  userId: string;
  appId: string;
  collection: string;
}

export interface ImportTracker {
  /** The import's latest state; the import does not wait for it to be written. */
  set(phase: ImportPhase, photos: number, photosDone: number): void;
  end(): Promise<void>;
}

/** Imports followed at once, at most: each is a few numbers, and an import runs one request. */
export const MAX_FOLLOWED_IMPORTS = 1_000;

const progressOf = (phase: ImportPhase, photos: number, photosDone: number): ImportProgress => ({ phase, photos, photosDone: Math.min(photosDone, photos) });

/** The board of one process (SQLite): a map. */
export function createImportProgressBoard(max = MAX_FOLLOWED_IMPORTS): ImportProgressBoard {
  const running = new Map<string, ImportProgress>();
  const keyOf = (owner: ImportOwner, token: string) => [owner.userId, owner.appId, owner.collection, token].join('\n');
  return {
    async start(owner, token) {
      const key = keyOf(owner, token);
      if (running.has(key) || running.size >= max) return undefined;
      running.set(key, progressOf('reading', 0, 0));
      return {
        set: (phase, photos, photosDone) => void running.set(key, progressOf(phase, photos, photosDone)),
        end: async () => void running.delete(key),
      };
    },
    async read(owner, token) {
      const progress = running.get(keyOf(owner, token));
      return progress && { ...progress };
    },
    size: async () => running.size,
  };
}

/**
 * A row not updated for this long is not read: its instance stopped (a crash, a restart) without ending it. An
 * import reports at least after every four photos; reading a 40 MB file or writing 5,000 rows takes seconds.
 */
export const IMPORT_PROGRESS_STALE_MS = 10 * 60_000;

/**
 * The board of instances sharing one PostgreSQL: a row per running import, written by its instance (the latest state,
 * one write at a time, so a slow write never queues up reports), read by whichever instance the desktop asks.
 */
export function createDatabaseImportProgressBoard(db: Db, now: () => Date, max = MAX_FOLLOWED_IMPORTS): ImportProgressBoard {
  const staleBefore = () => new Date(now().getTime() - IMPORT_PROGRESS_STALE_MS).toISOString();
  const count = async () => Number((await db.selectFrom('import_progress').select((eb) => eb.fn.countAll().as('n')).where('updated_at', '>=', staleBefore()).executeTakeFirstOrThrow()).n);
  const rowOf = (owner: ImportOwner, token: string) => ({ user_id: owner.userId, app_id: owner.appId, collection: owner.collection, token });
  return {
    async start(owner, token) {
      const key = rowOf(owner, token);
      // Only a display: an import whose progress cannot be written runs unfollowed, it never fails for it.
      const started = await (async () => {
        await db.deleteFrom('import_progress').where('updated_at', '<', staleBefore()).execute();
        if ((await count()) >= max) return false;
        const inserted = await db
          .insertInto('import_progress')
          .values({ ...key, phase: 'reading', photos: 0, photos_done: 0, updated_at: now().toISOString() })
          .onConflict((oc) => oc.columns(['user_id', 'app_id', 'collection', 'token']).doNothing())
          .executeTakeFirst();
        return Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
      })().catch(() => false);
      if (!started) return undefined;
      let latest: ImportProgress | undefined;
      let writing: Promise<void> | undefined;
      let ended = false;
      const write = async () => {
        for (let next = latest; next && !ended; next = latest) {
          latest = undefined;
          await db
            .updateTable('import_progress')
            .set({ phase: next.phase, photos: next.photos, photos_done: next.photosDone, updated_at: now().toISOString() })
            .where((eb) => eb.and(key))
            .execute()
            .catch(() => undefined);
        }
        writing = undefined;
      };
      return {
        set(phase, photos, photosDone) {
          latest = progressOf(phase, photos, photosDone);
          writing ??= write();
        },
        async end() {
          ended = true;
          await writing;
          await db
            .deleteFrom('import_progress')
            .where((eb) => eb.and(key))
            .execute()
            // The import has answered by now: a row left behind goes stale and is swept.
            .catch(() => undefined);
        },
      };
    },
    async read(owner, token) {
      const row = await db
        .selectFrom('import_progress')
        .select(['phase', 'photos', 'photos_done'])
        .where((eb) => eb.and(rowOf(owner, token)))
        .where('updated_at', '>=', staleBefore())
        .executeTakeFirst();
      return row && progressOf(row.phase as ImportPhase, Number(row.photos), Number(row.photos_done));
    },
    size: count,
  };
}
