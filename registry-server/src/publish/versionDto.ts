import type { Manifest } from '@toolbox/sdk';
import { bundleUrl } from '../catalog/bundleUrls.ts';
import type { VersionsTable } from '../db/schema.ts';
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
}

export function versionDto(
  row: VersionsTable & { publisher_username?: string | null },
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
  };
  if (row.entry_integrity) dto.integrity = row.entry_integrity;
  if (row.changelog) dto.changelog = row.changelog;
  return dto;
}
