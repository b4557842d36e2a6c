import type { Locale } from '@toolbox/sdk';
import type { Db } from '../db/createDatabase.ts';
import { pageRows, type ServerQuery } from './queryRecordRows.ts';
import { type RecordScope, toDataRecord } from './recordStore.ts';
import type { RecordBatches } from './writeRecordsFile.ts';

const BATCH = 1000;

/** The records `query` selects, in its order, a thousand at a time, each with its unit's name in `locale`. */
export async function* exportBatches(db: Db, scope: RecordScope, query: ServerQuery, locale: Locale): RecordBatches {
  const names = new Map<string, string>();
  for (let offset = 0; ; offset += BATCH) {
    const { rows } = await pageRows(db, scope, query, BATCH, offset);
    const missing = [...new Set(rows.map((r) => r.unit_id))].filter((id) => !names.has(id));
    if (missing.length > 0) {
      const units = await db.selectFrom('org_units').select(['id', 'name', 'name_en']).where('id', 'in', missing).execute();
      for (const u of units) names.set(u.id, locale === 'en' ? (u.name_en ?? u.name) : u.name);
    }
    yield rows.map((row) => ({ record: toDataRecord(row), unitName: names.get(row.unit_id) ?? row.unit_id }));
    if (rows.length < BATCH) return;
  }
}
