import { Readable } from 'node:stream';
import type { Db } from '../db/createDatabase.ts';
import type { Engine } from '../db/dialect.ts';
import type { BundlePlacement, BundleReconcileReport, BundleStore, StoredBundleFile } from './BundleStore.ts';
import { crashPoint } from './crashPoint.ts';
import { importBundleFolders } from './importBundleFolders.ts';
import { sweepStaging } from './sweepStaging.ts';
import { PART_BYTES, writeBundleFiles } from './writeBundleFiles.ts';

/**
 * Published files as rows of `bundle_files` (PostgreSQL): any instance serves any version, and no volume is shared.
 * The files are written in the transaction that records the version, so a crash leaves both or neither: there is
 * nothing to reconcile but staging folders (and, once, the folders of a deployment that kept bundles on disk).
 */
export class DatabaseBundleStore implements BundleStore {
  readonly kind = 'database';

  constructor(
    private readonly db: Db,
    private readonly engine: Engine,
    /** Only for staging uploads and for importing an older release's folders. */
    private readonly dataDir: string,
  ) {}

  /** A file's first part, with the whole file's size: a file not in memory yet costs this one query. */
  private firstPart(app: string, version: string, path: string) {
    return this.db
      .selectFrom('bundle_files')
      .select(['size', 'content'])
      .where('app_id', '=', app)
      .where('version', '=', version)
      .where('path', '=', path)
      .where('part', '=', 0)
      .executeTakeFirst();
  }

  async place(p: BundlePlacement): Promise<void> {
    await p.commit(async (trx) => {
      await writeBundleFiles(trx, p.app, p.version, p.stagedDir, p.files);
      crashPoint('before-commit');
    });
    crashPoint('after-commit');
  }

  async read(app: string, version: string, path: string): Promise<StoredBundleFile | undefined> {
    const first = await this.firstPart(app, version, path);
    if (!first) return undefined;
    const size = Number(first.size);
    if (size <= PART_BYTES) return { size, body: first.content };
    const parts = Math.ceil(size / PART_BYTES);
    const db = this.db;
    // One part in memory at a time: the next is asked for when the client has taken the previous one.
    async function* rest(): AsyncGenerator<Buffer> {
      yield first!.content;
      for (let part = 1; part < parts; part++) {
        const row = await db
          .selectFrom('bundle_files')
          .select('content')
          .where('app_id', '=', app)
          .where('version', '=', version)
          .where('path', '=', path)
          .where('part', '=', part)
          .executeTakeFirstOrThrow();
        yield row.content;
      }
    }
    return { size, stream: () => Readable.from(rest(), { objectMode: false }) };
  }

  async size(app: string, version: string, path: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('bundle_files')
      .select('size')
      .where('app_id', '=', app)
      .where('version', '=', version)
      .where('path', '=', path)
      .where('part', '=', 0)
      .executeTakeFirst();
    return row ? Number(row.size) : undefined;
  }

  async reconcile(now: Date): Promise<BundleReconcileReport> {
    // Instances may still share a data dir: a young staging folder may be another one's upload in progress.
    await sweepStaging(this.dataDir, now, false);
    const { imported, missing } = await importBundleFolders(this.db, this.engine, this.dataDir);
    return { removed: [], imported, missing };
  }
}
