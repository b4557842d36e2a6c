import type { Db } from '../db/createDatabase.ts';
import type { Engine } from '../db/dialect.ts';
import type { BundleStore } from './BundleStore.ts';
import { DatabaseBundleStore } from './DatabaseBundleStore.ts';
import { FileBundleStore } from './FileBundleStore.ts';

/** PostgreSQL keeps published files in the database (instances share nothing else); SQLite keeps the file store. */
export function createBundleStore(db: Db, engine: Engine, dataDir: string): BundleStore {
  return engine === 'postgres' ? new DatabaseBundleStore(db, engine, dataDir) : new FileBundleStore(db, engine, dataDir);
}
