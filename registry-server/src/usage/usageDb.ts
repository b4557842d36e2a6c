import type { Db } from '../db/createDatabase.ts';

/** The database as the usage and review code use it (the catalogue's `Database`, which extends `UsageTables`). */
export type UsageDb = Db;
