import type { Kysely } from 'kysely';
import type { UsageTables } from './tables.ts';

/** The database as the usage code needs it. */
export type UsageDb = Kysely<UsageTables>;
