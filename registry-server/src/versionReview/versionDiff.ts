import type { VersionDiff } from '@toolbox/sdk/api';
import type { Manifest } from '@toolbox/sdk';
import type { Db } from '../db/createDatabase.ts';
import type { VersionKind } from '../db/schema.ts';
import { Errors } from '../errors.ts';
import { canonicalJson, parseJson } from '../lib/json.ts';
import type { BundleStore } from '../publish/BundleStore.ts';

/** Where stored sizes come from: the bundle store (the database keeps only each file's hash in versions.files). */
type BundleSizes = Pick<BundleStore, 'size'>;

interface EntryInfo {
  kind: VersionKind;
  entry: string;
  /** The entry URL's origin for an app deployed elsewhere: where its code would come from. */
  origin: string | null;
}

/** Units and roles that may open the app; an empty list means everyone (as in the manifest). */
interface Visibility {
  units: string[];
  roles: string[];
}

function visibilityOf(manifest: Manifest): Visibility {
  return { units: manifest.visibility?.units ?? [], roles: manifest.visibility?.roles ?? [] };
}

export type { VersionDiff };

/** One version as the diff sees it: stored, or (a dry-run publish) staged and not stored. */
export interface DiffSide {
  version: string;
  kind: VersionKind;
  entry: string;
  manifest: Manifest;
  files: Record<string, string>;
  /** The size of one of its files in bytes. */
  size(path: string): Promise<number>;
}

/** A stored version; sizes come from where its files are kept. */
export async function storedSide(db: Db, sizes: BundleSizes, appId: string, version: string): Promise<DiffSide | undefined> {
  const row = await db
    .selectFrom('versions')
    .select(['version', 'kind', 'entry', 'manifest', 'files'])
    .where('app_id', '=', appId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    version: row.version,
    kind: row.kind,
    entry: row.entry,
    manifest: parseJson<Manifest>(row.manifest, {} as Manifest),
    files: parseJson<Record<string, string>>(row.files, {}),
    size: async (path) => (await sizes.size(appId, row.version, path)) ?? 0,
  };
}

function entryInfo(side: DiffSide): EntryInfo {
  let origin: string | null = null;
  if (side.kind === 'external') {
    try {
      origin = new URL(side.entry).origin;
    } catch {
      origin = null;
    }
  }
  return { kind: side.kind, entry: side.entry, origin };
}

/**
 * What a version changes against the app's current one: the facts a reviewer judges it by (they never run its code).
 * With no current version, every `from` is null and everything counts as added.
 */
export async function versionDiff(db: Db, sizes: BundleSizes, appId: string, version: string, current: string | null): Promise<VersionDiff> {
  const to = await storedSide(db, sizes, appId, version);
  if (!to) throw new Errors.VERSION_NOT_FOUND(appId, version);
  const from = current ? await storedSide(db, sizes, appId, current) : undefined;
  return diffSides(from, to);
}

/** The diff of two versions, stored or not (`toolbox publish --dry-run` diffs a staged bundle against the current one). */
export async function diffSides(from: DiffSide | undefined, to: DiffSide): Promise<VersionDiff> {

  const fromCollections = from?.manifest.collections ?? {};
  const toCollections = to.manifest.collections ?? {};
  const collections: VersionDiff['collections'] = { added: [], removed: [], changed: [] };
  for (const [name, schema] of Object.entries(toCollections)) {
    // Key order differs between equal schemas written by different tools, so schemas are compared in a canonical form.
    const before = fromCollections[name];
    if (!before) collections.added.push({ name, schema });
    else if (canonicalJson(before) !== canonicalJson(schema)) collections.changed.push({ name, from: before, to: schema });
  }
  for (const [name, schema] of Object.entries(fromCollections)) if (!(name in toCollections)) collections.removed.push({ name, schema });

  const files: VersionDiff['files'] = { added: [], removed: [], changed: [], unchanged: 0 };
  const fromFiles = from?.files ?? {};
  for (const [path, hash] of Object.entries(to.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = fromFiles[path];
    if (before === undefined) files.added.push({ path, size: await to.size(path) });
    else if (before !== hash) files.changed.push({ path, fromSize: await from!.size(path), toSize: await to.size(path) });
    else files.unchanged += 1;
  }
  for (const path of Object.keys(fromFiles).sort()) {
    if (!(path in to.files)) files.removed.push({ path, size: await from!.size(path) });
  }

  return {
    base: from?.version ?? null,
    version: to.version,
    name: { from: from?.manifest.name ?? null, to: to.manifest.name },
    description: { from: from ? (from.manifest.description ?? null) : null, to: to.manifest.description ?? null },
    visibility: { from: from ? visibilityOf(from.manifest) : null, to: visibilityOf(to.manifest) },
    entry: { from: from ? entryInfo(from) : null, to: entryInfo(to) },
    collections,
    files,
  };
}
