import type { ValidateFunction } from 'ajv';
import { RecordChangedError, ToolboxSdkError } from '../errors.ts';
import { createAjv, toFieldErrors } from '../shared/createAjv.ts';
import { countRecords } from '../shared/data/countRecords.ts';
import { loadTextSortKey } from '../shared/data/index.ts';
import { matchRecords } from '../shared/data/matchRecords.ts';
import { parseRecordQuery, recordQueryParams, recordQueryWire } from '../shared/data/recordQuery.ts';
import type { CollectionClient, CollectionSchema, DataRecord, RecordQuery, ToolboxData } from '../shared/types.ts';

/** Options of `createMemoryData`. */
export interface MemoryDataOptions {
  /** The manifest's `collections`. When given, unknown names and invalid records are refused as the server would. */
  collections?: Record<string, CollectionSchema>;
  /** Records to start with, per collection. */
  seed?: Record<string, Record<string, unknown>[]>;
  /** Written into each record's `unitId` and `createdBy`. */
  unitId?: string;
  userId?: string;
}

/**
 * An in-memory `ToolboxData`, checked against the collections' JSON Schemas: what `toolbox dev` and tests use in place
 * of the registry's `/api/apps/:id/data` endpoints. Records are copied in and out so callers cannot mutate the store.
 */
export function createMemoryData(options: MemoryDataOptions = {}): ToolboxData {
  const ajv = createAjv();
  const validators = new Map<string, ValidateFunction>();
  const stores = new Map<string, Map<string, DataRecord>>();
  let counter = 0;

  function validatorOf(name: string): ValidateFunction | undefined {
    if (!options.collections) return undefined;
    const schema = options.collections[name];
    if (!schema) throw new ToolboxSdkError('TOOLBOX_COLLECTION_NOT_FOUND', [name]);
    let validate = validators.get(name);
    if (!validate) {
      validate = ajv.compile(schema);
      validators.set(name, validate);
    }
    return validate;
  }

  function check(name: string, data: unknown): void {
    const validate = validatorOf(name);
    if (validate && !validate(data)) {
      const details = toFieldErrors(validate.errors);
      throw new ToolboxSdkError('TOOLBOX_RECORD_INVALID', [details.map((d) => `${d.path || '/'} ${d.message}`).join('; ')], details);
    }
  }

  function storeOf(name: string): Map<string, DataRecord> {
    validatorOf(name);
    let store = stores.get(name);
    if (!store) {
      store = new Map();
      stores.set(name, store);
    }
    return store;
  }

  function insert(name: string, data: Record<string, unknown>): DataRecord {
    check(name, data);
    const now = new Date().toISOString();
    counter += 1;
    const record: DataRecord = {
      id: `mem-${counter}`,
      data: structuredClone(data),
      unitId: options.unitId ?? 'dev-unit',
      createdBy: options.userId ?? 'dev-user',
      createdAt: now,
      updatedAt: now,
      revision: 1,
    };
    storeOf(name).set(record.id, record);
    return structuredClone(record);
  }

  /** The query as the server reads it from the wire: the same checks, the same errors. */
  function checkQuery(name: string, query: RecordQuery): RecordQuery {
    const properties = (options.collections?.[name] as { properties?: Record<string, unknown> } | undefined)?.properties;
    const fields = properties ? new Set(Object.keys(properties)) : { has: () => true };
    const parsed = parseRecordQuery(recordQueryWire(recordQueryParams(query)), fields);
    if (!parsed.ok) throw new ToolboxSdkError(parsed.problem.code, [parsed.problem.message]);
    return { ...parsed.query, limit: query.limit ?? 50, offset: query.offset ?? 0 };
  }

  for (const [name, records] of Object.entries(options.seed ?? {})) for (const data of records) insert(name, data);

  return {
    collection<T = Record<string, unknown>>(name: string): CollectionClient<T> {
      const found = (id: string): DataRecord => {
        const record = storeOf(name).get(id);
        if (!record) throw new ToolboxSdkError('TOOLBOX_RECORD_NOT_FOUND', [name, id]);
        return record;
      };
      // As the registry: the revision is checked before the record itself, and nothing is written when it moved on.
      const unchanged = (id: string, ifRevision: number | undefined): DataRecord => {
        const record = found(id);
        if (ifRevision !== undefined && ifRevision !== record.revision) throw new RecordChangedError(name, ifRevision, structuredClone(record), null);
        return record;
      };
      const client: CollectionClient<Record<string, unknown>> = {
        async list(listOptions = {}) {
          const all = [...storeOf(name).values()];
          const offset = listOptions.offset ?? 0;
          return structuredClone(all.slice(offset, listOptions.limit === undefined ? undefined : offset + listOptions.limit));
        },
        async query(query) {
          const checked = checkQuery(name, query);
          // Text sorts as on the registry, by pinyin (its dictionary loaded at the first sort).
          const sortKey = checked.sort ? await loadTextSortKey() : undefined;
          return structuredClone(matchRecords([...storeOf(name).values()], checked, sortKey));
        },
        async stats(field, statsOptions = {}) {
          return countRecords([...storeOf(name).values()], field, statsOptions.monthBy);
        },
        async get(id) {
          return structuredClone(found(id));
        },
        async create(data) {
          return insert(name, data);
        },
        async update(id, data, writeOptions = {}) {
          const record = unchanged(id, writeOptions.ifRevision);
          check(name, data);
          record.data = structuredClone(data);
          record.updatedAt = new Date().toISOString();
          record.revision = (record.revision ?? 1) + 1;
          return structuredClone(record);
        },
        async remove(id, writeOptions = {}) {
          unchanged(id, writeOptions.ifRevision);
          storeOf(name).delete(id);
        },
      };
      return client as unknown as CollectionClient<T>;
    },
  };
}
