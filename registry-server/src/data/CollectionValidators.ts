import type { Manifest } from '@toolbox/sdk';
import type { ValidateFunction } from 'ajv';
import type { Db } from '../db/createDatabase.ts';
import { Errors } from '../errors.ts';
import { compileCollectionSchema, createAjv } from '../lib/createAjv.ts';
import { parseJson } from '../lib/json.ts';
import { NonLinearPatternError } from '../lib/linearPatterns.ts';

/**
 * The collections of each published version, with their record validators compiled on first use. Patterns run with
 * RE2 (linear time, lib/linearPatterns.ts) and a record is at most the 1 MiB body limit, so checking one takes time
 * linear in its size. A version never
 * changes, so an entry is valid forever; the cache key is `<app>@<version>`.
 */
export class CollectionValidators {
  private readonly ajv = createAjv();
  private readonly versions = new Map<string, Map<string, { schema: Record<string, unknown>; validate?: ValidateFunction }>>();

  constructor(private readonly db: Db) {}

  /** The validator of `collection` in that version, or undefined when the version's manifest does not declare it. */
  async get(app: string, version: string, collection: string): Promise<ValidateFunction | undefined> {
    const key = `${app}@${version}`;
    let collections = this.versions.get(key);
    if (!collections) {
      const row = await this.db.selectFrom('versions').select('manifest').where('app_id', '=', app).where('version', '=', version).executeTakeFirst();
      const manifest = parseJson<Partial<Manifest>>(row?.manifest ?? null, {});
      collections = new Map(Object.entries(manifest.collections ?? {}).map(([name, schema]) => [name, { schema }]));
      this.versions.set(key, collections);
    }
    const entry = collections.get(collection);
    if (!entry) return undefined;
    // Compiled as the publish compiled it (compileCollectionSchema), so a schema that passed the publish compiles here.
    try {
      entry.validate ??= compileCollectionSchema(this.ajv, entry.schema);
    } catch (error) {
      // Patterns run with RE2; a version published before the publish checked them may hold one RE2 cannot run.
      if (error instanceof NonLinearPatternError) throw new Errors.COLLECTION_PATTERN_UNSUPPORTED(collection, error.message);
      throw error;
    }
    return entry.validate;
  }
}
