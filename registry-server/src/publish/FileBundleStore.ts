import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/createDatabase.ts';
import type { Engine } from '../db/dialect.ts';
import { STREAM_ABOVE_BYTES, type BundlePlacement, type BundleReconcileReport, type BundleStore, type StoredBundleFile } from './BundleStore.ts';
import { placeVersion } from './placeVersion.ts';
import { reconcileBundles } from './reconcileBundles.ts';

/** Published files as folders `<dataDir>/<app>/<version>/…`: SQLite's store (one instance owns the data dir). */
export class FileBundleStore implements BundleStore {
  readonly kind = 'files';

  constructor(
    private readonly db: Db,
    private readonly engine: Engine,
    private readonly dataDir: string,
  ) {}

  place(p: BundlePlacement): Promise<void> {
    return placeVersion({ db: this.db, engine: this.engine, dataDir: this.dataDir, app: p.app, version: p.version, stagedDir: p.stagedDir, commit: () => p.commit() });
  }

  async read(app: string, version: string, path: string): Promise<StoredBundleFile | undefined> {
    const file = join(this.dataDir, app, version, path);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    if (info.size > STREAM_ABOVE_BYTES) return { size: info.size, stream: () => createReadStream(file) };
    return { size: info.size, body: await readFile(file) };
  }

  async size(app: string, version: string, path: string): Promise<number | undefined> {
    const info = await stat(join(this.dataDir, app, version, path)).catch(() => undefined);
    return info?.isFile() ? info.size : undefined;
  }

  async reconcile(now: Date): Promise<BundleReconcileReport> {
    return { removed: await reconcileBundles(this.db, this.engine, this.dataDir, now), imported: [], missing: [] };
  }
}
