import type { Manifest } from '@toolbox/sdk';
import { bundleUrl } from '../catalog/bundleUrls.ts';
import type { ReviewStatus, VersionsTable } from '../db/schema.ts';
import { parseJson } from '../lib/json.ts';

export interface VersionDto {
  version: string;
  kind: 'bundle' | 'external';
  /** Absolute URL of the entry. */
  url: string;
  integrity?: string;
  sdk: string;
  changelog?: string;
  publishedAt: string;
  publishedBy: { id: string; username: string | null };
  current: boolean;
  /** Stored file → sha256 (hex); empty for an external app. */
  files: Record<string, string>;
  manifest: Manifest;
  /** Review before live: only an approved version is ever current or loaded by anyone but its owner. */
  status: ReviewStatus;
  /** Who approved or rejected it; null while pending or when a trusted unit's publish approved it. */
  reviewedBy: { id: string; name: string | null } | null;
  reviewedAt: string | null;
  reviewReason: string | null;
}

export function versionDto(
  row: VersionsTable & { publisher_username?: string | null; reviewer_name?: string | null },
  origin: string,
  currentVersion: string | null,
): VersionDto {
  const dto: VersionDto = {
    version: row.version,
    kind: row.kind,
    url: row.kind === 'external' ? row.entry : bundleUrl(origin, row.app_id, row.version, row.entry),
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
