import type { Generated } from 'kysely';
import type { RecordsTable } from '../db/schema.ts';

/**
 * The values a record is filtered, sorted and searched by (migration 012): one row per field, one per element of a
 * list, derived by `recordValues` from the record's data and written in the transaction that writes the record.
 */
export interface RecordValuesTable {
  app_id: string;
  collection: string;
  record_id: string;
  field: string;
  pos: number;
  /** At most RECORD_VALUE_TEXT_MAX characters; COLLATE "C" on PostgreSQL, so text orders by code point as on SQLite. */
  text_value: string | null;
  /** What text_value sorts by (`textSortKey` of `@toolbox/sdk/data`: pinyin, numbers by value), migration 014. */
  sort_key: string | null;
  /** A person's name's key with its first character read as a surname (`nameSortKey`), where it differs; migration 017. */
  name_key: string | null;
  num_value: number | null;
}

/** Who made and changed a record, when, and which fields (migration 015; data/recordHistory.ts). */
export interface RecordHistoryTable {
  id: Generated<number>;
  app_id: string;
  collection: string;
  record_id: string;
  at: string;
  actor_id: string;
  /** The name the actor had then. */
  actor_name: string;
  /** One of RECORD_CHANGES (`@toolbox/sdk/api`). */
  action: string;
  /** JSON array of the top-level keys whose values changed. */
  fields: string;
  from_state: string | null;
  to_state: string | null;
}

/** A deleted record, kept DELETED_RECORD_DAYS to be restored (migration 016; data/recordBin.ts). */
export interface DeletedRecordsTable extends RecordsTable {
  deleted_at: string;
  deleted_by: string;
  /** The name the user who deleted it had then. */
  deleted_by_name: string;
}

export interface RecordValueTables {
  record_values: RecordValuesTable;
  record_history: RecordHistoryTable;
  deleted_records: DeletedRecordsTable;
}
