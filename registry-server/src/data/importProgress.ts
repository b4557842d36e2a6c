import type { ImportPhase, ImportProgress } from '@toolbox/sdk/api';

/**
 * How far each running import is, by the token its caller sent (`progress`), for `getImportProgress`: an import with
 * hundreds of photos runs a minute or more, and the desktop shows its photos counting up. Kept in this instance's
 * memory while the import runs and dropped when it answers: a poll that reaches another instance of the registry
 * finds nothing, and the desktop then shows only the time the import has taken.
 */
export interface ImportProgressBoard {
  /**
   * Follows an import of `owner` under `token` until `end`; undefined (the import runs unfollowed) when the same owner
   * runs another import under that token, or when the board is full.
   */
  start(owner: ImportOwner, token: string): ImportTracker | undefined;
  read(owner: ImportOwner, token: string): ImportProgress | undefined;
  /** How many imports are followed now. */
  size(): number;
}

/** Whose import: a token is only ever read back by the user who sent it, in the same app and collection. */
export interface ImportOwner {
  userId: string;
  appId: string;
  collection: string;
}

export interface ImportTracker {
  set(phase: ImportPhase, photos: number, photosDone: number): void;
  end(): void;
}

/** Imports followed at once per instance, at most: each is a few numbers, and an import runs one request. */
export const MAX_FOLLOWED_IMPORTS = 1_000;

export function createImportProgressBoard(max = MAX_FOLLOWED_IMPORTS): ImportProgressBoard {
  const running = new Map<string, ImportProgress>();
  const keyOf = (owner: ImportOwner, token: string) => [owner.userId, owner.appId, owner.collection, token].join('\n');
  return {
    start(owner, token) {
      const key = keyOf(owner, token);
      if (running.has(key) || running.size >= max) return undefined;
      const progress: ImportProgress = { phase: 'reading', photos: 0, photosDone: 0 };
      running.set(key, progress);
      return {
        set(phase, photos, photosDone) {
          Object.assign(progress, { phase, photos, photosDone: Math.min(photosDone, photos) });
        },
        end: () => void running.delete(key),
      };
    },
    read(owner, token) {
      const progress = running.get(keyOf(owner, token));
      return progress && { ...progress };
    },
    size: () => running.size,
  };
}
