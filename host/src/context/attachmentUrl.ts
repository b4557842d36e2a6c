import { apiUrl } from '../api/http.ts';

/** Where an attachment of `appId` is read (`toolbox.files.url`). */
export function attachmentUrl(appId: string, id: string): string {
  return apiUrl(`/api/apps/${encodeURIComponent(appId)}/attachments/${encodeURIComponent(id)}`);
}
