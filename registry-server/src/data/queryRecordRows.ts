import type { DataRecord, RecordFilter, RecordQuery } from '@toolbox/sdk';
import { asciiLower, filterTarget } from '@toolbox/sdk/data';
import { type FormDefinition, personNameFields } from '@toolbox/sdk/forms';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../db/createDatabase.ts';
import type { Database, RecordsTable } from '../db/schema.ts';
import { type RecordScope, toDataRecord } from './recordStore.ts';

const OPS = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

type Values = ExpressionBuilder<Database & { v: Database['record_values'] }, 'v'>;

/** A query as the registry runs it: `byName` when its sort field holds people's names (a form's `personName`). */
export type ServerQuery = RecordQuery & { byName?: boolean };

/** `query`, sorted by the surname reading when it sorts by a form's `personName` field (personNameFields). */
export function withNameSort(query: RecordQuery, form: FormDefinition | undefined): ServerQuery {
  const field = query.sort?.field;
  return field !== undefined && form !== undefined && personNameFields(form).includes(field) ? { ...query, byName: true } : query;
}

/** The test of one filter on a record_values row: the same as `matchRecords` (SDK) runs in the test double. */
function filterTest(filter: RecordFilter) {
  const target = filterTarget(String(filter.value));
  const op = OPS[filter.op];
  return (eb: Values) => {
    const tests = [];
    if (target.num !== null) tests.push(eb('v.num_value', op, target.num));
    if (target.text !== null && (target.num === null || filter.op === 'eq')) tests.push(eb('v.text_value', op, target.text));
    return eb.or(tests);
  };
}

/** `%text%` for LIKE, its own % _ and \ escaped. */
const containing = (text: string) => `%${asciiLower(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The records of `scope` that `query` selects: each filter and the search is an `id IN (…)` on record_values, read
 * through its (app, collection, field, value) indexes; a sort joins the field's first value. Newest first otherwise.
 */
function selectMatching(db: Db, scope: RecordScope, query: RecordQuery) {
  let base = db.selectFrom('records as r').where('r.app_id', '=', scope.appId).where('r.collection', '=', scope.collection);
  if (scope.unit) base = base.where('r.unit_id', '=', scope.unit);
  const values = () => db.selectFrom('record_values as v').select('v.record_id').where('v.app_id', '=', scope.appId).where('v.collection', '=', scope.collection);
  for (const filter of query.filters ?? []) base = base.where('r.id', 'in', values().where('v.field', '=', filter.field).where(filterTest(filter)));
  if (query.search) {
    const { text, fields } = query.search;
    base = base.where('r.id', 'in', values().where('v.field', 'in', fields).where(sql<boolean>`lower(v.text_value) like ${containing(text)} escape '\\'`));
  }
  return base;
}

/**
 * One page of what `query` selects, and how many it selects in all: counted in the same pass (`count(*) over ()`),
 * so a filter runs once, not once for the page and again for the total. A page past the end counts on its own.
 */
export async function queryRecordRows(db: Db, scope: RecordScope, query: ServerQuery & { limit: number; offset: number }): Promise<{ items: DataRecord[]; total: number }> {
  const { rows, total } = await pageRows(db, scope, query, query.limit, query.offset);
  return { items: rows.map(toDataRecord), total: total ?? (await countMatching(db, scope, query)) };
}

/** How many records `query` selects. */
export async function countMatching(db: Db, scope: RecordScope, query: RecordQuery): Promise<number> {
  const count = await selectMatching(db, scope, query)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(count.n);
}

/**
 * The rows of one page of `query`, in its order, and the number of matches when the page has rows. The sort runs over
 * ids and sort keys only, and the page's rows are read by id afterwards: sorting 10,000 whole records (their JSON)
 * cost SQLite ten times as much.
 */
export async function pageRows(db: Db, scope: RecordScope, query: ServerQuery, limit: number, offset: number): Promise<{ rows: RecordsTable[]; total?: number }> {
  const base = selectMatching(db, scope, query);
  const counted = sql<number>`count(*) over ()`.as('matches');
  const sort = query.sort;
  if (!sort) {
    const rows = await base.selectAll('r').select(counted).orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(limit).offset(offset).execute();
    return { rows: rows.map(({ matches: _, ...row }) => row), ...(rows[0] ? { total: Number(rows[0].matches) } : {}) };
  }
  const key = query.byName ? sql`coalesce(s.name_key, s.sort_key)` : sql`s.sort_key`;
  const page = await base
    .leftJoin('record_values as s', (join) => join.onRef('s.record_id', '=', 'r.id').on('s.field', '=', sort.field).on('s.pos', '=', 0))
    .select(['r.id', counted])
    // Empty values last in both directions, as the test double and the runtime show them.
    .orderBy(sort.direction === 'desc' ? sql`s.num_value desc nulls last` : sql`s.num_value asc nulls last`)
    // Text by its sort key (pinyin, numbers by value: migration 014), as the test double sorts it; a person's name by
    // its surname reading's key where that differs (曾 zeng, 单 shan: migration 017).
    .orderBy(sort.direction === 'desc' ? sql`${key} desc nulls last` : sql`${key} asc nulls last`)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  if (page.length === 0) return { rows: [] };
  const rows = await db.selectFrom('records').selectAll().where('id', 'in', page.map((p) => p.id)).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { rows: page.map((p) => byId.get(p.id)).filter((r) => r !== undefined), total: Number(page[0]!.matches) };
}

/**
 * How many photos the records `query` selects hold, and their bytes (what an export with photos would carry). Every
 * photo a record owns counts, a retired field's too: the bound errs on the side of refusing.
 */
export async function photosMatching(db: Db, scope: RecordScope, query: RecordQuery): Promise<{ count: number; bytes: number }> {
  const row = await db
    .selectFrom('attachments as a')
    .where('a.app_id', '=', scope.appId)
    .where('a.record_id', 'in', selectMatching(db, scope, query).select('r.id'))
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum<number | string | null>('a.size').as('bytes')])
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), bytes: Number(row.bytes ?? 0) };
}
