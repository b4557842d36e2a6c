import { RecordChangedError, ToolboxSdkError } from '@toolbox/sdk';
import type { ErrorBody, RecordChanged, ToolboxCode } from '@toolbox/sdk/api';
import { ApiError } from '../api/http.ts';

/**
 * What a plugin receives when a data call fails: the SDK's `ToolboxSdkError` with the registry's own code and field
 * details, exactly what `createMemoryData` (the test double and the dev shell) raises, so a plugin that handles the
 * error in its tests handles it on the desktop. Anything else the registry refuses is `TOOLBOX_DATA_REQUEST_FAILED`
 * with the registry's status, code and message.
 */
export function toDataError(error: unknown, collection: string, id?: string, ifRevision?: number): unknown {
  if (!(error instanceof ApiError)) return error;
  // Typed as the registry's codes (a type only: the registry does not ship to the desktop), so a misspelt case fails to compile.
  switch (error.code as ToolboxCode) {
    case 'TOOLBOX_RECORD_INVALID':
      return new ToolboxSdkError('TOOLBOX_RECORD_INVALID', [error.details.map((d) => `${d.path || '/'} ${d.message}`).join('; ') || error.message], error.details);
    case 'TOOLBOX_RECORD_NOT_FOUND':
      return new ToolboxSdkError('TOOLBOX_RECORD_NOT_FOUND', [collection, id ?? '']);
    case 'TOOLBOX_RECORD_CHANGED': {
      // The 412 body (RecordChanged of the contract) carries the record as it is now and its last change.
      const body = error as ApiError & Pick<RecordChanged, 'current' | 'lastChange'>;
      return new RecordChangedError(collection, ifRevision ?? body.current.revision, body.current, body.lastChange);
    }
    case 'TOOLBOX_COLLECTION_NOT_FOUND':
      return new ToolboxSdkError('TOOLBOX_COLLECTION_NOT_FOUND', [collection]);
    case 'TOOLBOX_QUERY_INVALID':
    case 'TOOLBOX_QUERY_FIELD_UNKNOWN':
    case 'TOOLBOX_EXPORT_TOO_LARGE':
    case 'TOOLBOX_EXPORT_PHOTOS_TOO_LARGE':
      return new ToolboxSdkError(error.code as 'TOOLBOX_QUERY_INVALID' | 'TOOLBOX_QUERY_FIELD_UNKNOWN' | 'TOOLBOX_EXPORT_TOO_LARGE' | 'TOOLBOX_EXPORT_PHOTOS_TOO_LARGE', [error.message]);
    default: {
      // The registry's Chinese wording of the refusal stays with it, for errorMessageFor on the plugin's screen.
      const failed = new ToolboxSdkError('TOOLBOX_DATA_REQUEST_FAILED', [error.status, error.code, error.message], [], error.status);
      return error.messageZh ? Object.assign(failed, { messageZh: error.messageZh }) : failed;
    }
  }
}

/**
 * A refused or failed photo upload: the registry's code for the refusals a plugin can word (as from the test double),
 * anything else, a lost connection too (status 0), as a failed request.
 */
export function toUploadError(status: number, body: Partial<ErrorBody>, field: string): ToolboxSdkError {
  if (body.code === 'TOOLBOX_ATTACHMENT_NOT_IMAGE') return new ToolboxSdkError('TOOLBOX_ATTACHMENT_NOT_IMAGE', [field]);
  if (body.code === 'TOOLBOX_ATTACHMENT_TOO_LARGE') return new ToolboxSdkError('TOOLBOX_ATTACHMENT_TOO_LARGE', [field, body.message ?? '']);
  return new ToolboxSdkError('TOOLBOX_DATA_REQUEST_FAILED', [status, body.code ?? `HTTP_${status}`, body.message ?? ''], [], status || 502);
}
