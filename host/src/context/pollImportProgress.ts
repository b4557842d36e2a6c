import type { ImportProgress } from '@toolbox/sdk';
import { api } from '../api/http.ts';

/** How often a running import is asked how far it is. */
export const IMPORT_POLL_MS = 1000;

/**
 * Asks `url` (getImportProgress) how far an import is every `everyMs`, one question at a time, and hands each answer
 * to `onProgress`, until the returned function is called (when the import has answered). A question that fails (the
 * import has not started reading yet, or a registry of several instances sent it to another one) is skipped: the
 * dialog shows the time taken meanwhile. Started once the file is up (importWithProgress.ts, a lazy chunk): the
 * desktop does without it.
 */
export function pollImportProgress(url: string, headers: Record<string, string> | undefined, onProgress: (progress: ImportProgress) => void, everyMs = IMPORT_POLL_MS): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ask = async () => {
    try {
      const progress = await api<ImportProgress>(url, { headers });
      if (!stopped) onProgress(progress);
    } catch {
      // Nothing to show this time.
    }
    if (!stopped) timer = setTimeout(() => void ask(), everyMs);
  };
  timer = setTimeout(() => void ask(), everyMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
