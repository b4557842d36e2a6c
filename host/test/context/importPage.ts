// The page importUpload.browser.test.ts builds (Vite, as the host is built) and opens in Chromium on the registry's
// origin: the desktop's own collection client, nothing else, so an import goes through exactly what the desktop sends.
import type { ImportRecordsProgress, ImportReport } from '@toolbox/sdk';
import { createCollectionClient } from '../../src/context/createCollectionClient.ts';

/** What one import in the page gave: its report or its error, and every progress report in the order it came. */
export interface ImportRun {
  report?: ImportReport;
  error?: { name: string; code?: string; args?: unknown[]; message: string };
  events: (ImportRecordsProgress & { at: number })[];
}

declare global {
  interface Window {
    /** Reads the ledger at `url` into the page (before the test throttles or cuts the connection); resolves with its size. */
    loadLedger(url: string): Promise<number>;
    /** Imports the ledger loaded last through the desktop's collection client; `progress` passes an `onProgress`. */
    importLedger(options: { dryRun: boolean; progress: boolean }): Promise<ImportRun>;
  }
}

let ledger: File | undefined;

window.loadLedger = async (url) => {
  ledger = new File([await (await fetch(url)).blob()], 'ledger.xlsx');
  return ledger.size;
};

window.importLedger = async ({ dryRun, progress }) => {
  const events: ImportRun['events'] = [];
  const onProgress = progress ? (p: ImportRecordsProgress) => events.push({ ...p, at: performance.now() }) : undefined;
  try {
    const report = await createCollectionClient<Record<string, unknown>>('hardship-hy', 'records').importRecords!(ledger!, { dryRun, onProgress });
    return { report, events };
  } catch (e) {
    const error = e as Error & { code?: string; args?: unknown[] };
    return { error: { name: error.name, code: error.code, args: error.args, message: error.message }, events };
  }
};
