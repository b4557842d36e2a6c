import semver from 'semver';
import type { Db } from '../db/createDatabase.ts';
import type { AppsTable, ReviewStatus, RoleName, VersionKind } from '../db/schema.ts';
import { parseJson } from '../lib/json.ts';
import type { Visibility } from './visibility.ts';

export interface SnapVersion {
  version: string;
  kind: VersionKind;
  entry: string;
  integrity: string | null;
  sdk: string;
  files: Record<string, string>;
  /** Bundle paths that opening ./app needs besides the entry (manifest.preload); null when not given. */
  preload: string[] | null;
  /** Collections the app lists as soon as it opens (manifest.preloadData); null when it names none. */
  preloadData: string[] | null;
  /** Only an approved version is ever current, offered as a fallback, or served to anyone but its owner. */
  status: ReviewStatus;
  publishedAt: string;
}

export interface SnapApp {
  row: AppsTable;
  keywords: string[];
  visibility: Visibility;
  /** Every version, newest (semver) first. */
  versions: SnapVersion[];
  byVersion: Map<string, SnapVersion>;
}

/** Every app and version, read in two queries, for the catalogue and the bundle route to work from memory. */
export interface Snapshot {
  generation: number;
  apps: Map<string, SnapApp>;
  /** App ids in the order the catalogue lists them (by Chinese name). */
  order: string[];
}

export async function loadSnapshot(db: Db, generation: number): Promise<Snapshot> {
  const [rows, versions] = await Promise.all([
    db.selectFrom('apps').selectAll().execute(),
    db.selectFrom('versions').select(['app_id', 'version', 'kind', 'entry', 'entry_integrity', 'sdk', 'files', 'preload', 'preload_data', 'status', 'published_at']).execute(),
  ]);
  const apps = new Map<string, SnapApp>();
  for (const row of rows) {
    apps.set(row.id, {
      row: { ...row, annual_cost: row.annual_cost === null ? null : Number(row.annual_cost) },
      keywords: parseJson<string[]>(row.keywords, []),
      visibility: {
        units: parseJson<string[] | null>(row.visibility_units, null),
        roles: parseJson<RoleName[] | null>(row.visibility_roles, null),
      },
      versions: [],
      byVersion: new Map(),
    });
  }
  for (const v of versions) {
    const app = apps.get(v.app_id);
    if (!app) continue;
    const snap: SnapVersion = {
      version: v.version,
      kind: v.kind,
      entry: v.entry,
      integrity: v.entry_integrity,
      sdk: v.sdk,
      files: parseJson<Record<string, string>>(v.files, {}),
      preload: parseJson<string[] | null>(v.preload, null),
      preloadData: parseJson<string[] | null>(v.preload_data, null),
      status: v.status,
      publishedAt: v.published_at,
    };
    app.versions.push(snap);
    app.byVersion.set(v.version, snap);
  }
  for (const app of apps.values()) app.versions.sort((a, b) => semver.rcompare(a.version, b.version));
  const order = [...apps.values()]
    .sort((a, b) => a.row.name_zh.localeCompare(b.row.name_zh, 'zh-CN') || a.row.id.localeCompare(b.row.id))
    .map((a) => a.row.id);
  return { generation, apps, order };
}
