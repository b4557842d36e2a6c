import type { VersionDto } from '@toolbox/sdk/api';
import type { Manifest } from '@toolbox/sdk';
import { bundleUrl } from '../catalog/bundleUrls.ts';
import type { VersionsTable } from '../db/schema.ts';
import { parseJson } from '../lib/json.ts';

/** One version as the contract declares it (review before live: only an approved version is ever current). */
export type { VersionDto };

export function versionDto(
  row: VersionsTable & { publisher_username?: string | null; reviewer_name?: string | null },
  origin: string,
  currentVersion: string | null,
): VersionDto {
  const dto: VersionDto = {
    version: row.version,
    kind: row.kind,
    // A form version's own file is its definition; the runtime it opens in is `manifest.entry`.
    url: row.kind === 'external' ? row.entry : bundleUrl(origin, row.app_id, row.version, row.kind === 'form' ? 'form.json' : row.entry),
    sdk: row.sdk,
    publishedAt: row.published_at,
    publishedBy: { id: row.published_by, username: row.publisher_username ?? null },
    current: row.version === currentVersion,
    files: parseJson<Record<string, string>>(row.files, {}),
    manifest: parseJson<Manifest>(row.manifest, {} as Manifest),
    status: row.status,
    reviewedBy: row.reviewed_by ? { id: row.reviewed_by, name: row.reviewer_name ?? null } : null,
    reviewedAt: row.reviewed_at,
    reviewReason: row.review_reason,
  };
  if (row.entry_integrity) dto.integrity = row.entry_integrity;
  if (row.changelog) dto.changelog = row.changelog;
  return dto;
}
