import { isToolboxSdkError } from '@toolbox/sdk';

/**
 * What a record import reads at most, as the contract's IMPORT_LIMITS says (`@toolbox/sdk/api`, whose schemas stay
 * out of the runtime's bundle; a test keeps the two equal): a file past them is refused here, before it is uploaded.
 */
export const IMPORT_MAX = { bytes: 40 * 1024 * 1024, rows: 5_000, photos: 500 } as const;

/** Why a file could not even be checked, as the dialog words it; `detail` is the server's own message when it sent one. */
export interface ImportFailure {
  kind: 'old-xls' | 'empty' | 'unreadable' | 'too-large' | 'changed' | 'other';
  detail?: string;
}

/** What is wrong with `file` before any upload: empty, an old .xls (by its first bytes, as the server tells), too large. */
export async function checkImportFile(file: Blob): Promise<ImportFailure | undefined> {
  if (file.size === 0) return { kind: 'empty' };
  if (file.size > IMPORT_MAX.bytes) return { kind: 'too-large' };
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return { kind: 'old-xls' };
  return undefined;
}

/**
 * What `importRecords` rejected with: the desktop hands the registry's refusal on as `TOOLBOX_DATA_REQUEST_FAILED`
 * with the status, the registry's code and its message as arguments (host toDataError.ts); anything else (the
 * network) is shown as it is.
 */
export function importFailure(error: unknown): ImportFailure {
  if (!isToolboxSdkError(error)) return { kind: 'other', detail: error instanceof Error ? error.message : undefined };
  const [, code, message] = error.args;
  const detail = typeof message === 'string' ? message.replace(/^file: /, '') : error.message;
  if (code === 'TOOLBOX_IMPORT_TOO_LARGE' || error.statusCode === 413) return { kind: 'too-large', detail };
  // A record to update was deleted meanwhile: said in the dialog's words, the server's (English, for the log) left out.
  if (code === 'TOOLBOX_IMPORT_CONFLICT') return { kind: 'changed' };
  // The server words it in the desktop's language (`lang`): an old .xls is named as such in both.
  if (code === 'TOOLBOX_IMPORT_FILE_INVALID') return { kind: /\.xls\b/.test(detail) ? 'old-xls' : 'unreadable', detail };
  return { kind: 'other', detail };
}
