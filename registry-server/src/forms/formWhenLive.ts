import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/createDatabase.ts';
import { moveRetiredValues } from './moveRetiredValues.ts';

/**
 * What approving `version` of a form app must do in the approval's transaction: move the values of fields it retires
 * with `movedTo` (moveRetiredValues), measured against the version current now. Both definitions are read before the
 * transaction opens (on SQLite a read outside it would wait for it). Undefined for anything else.
 */
export async function formWhenLive(app: FastifyInstance, appId: string, version: string): Promise<((trx: Db) => Promise<number>) | undefined> {
  const found = (await app.catalog.snapshot()).apps.get(appId);
  const target = found?.byVersion.get(version);
  const current = found?.byVersion.get(found.row.current_version ?? '');
  if (target?.kind !== 'form' || current?.kind !== 'form') return undefined;
  const [previous, next] = await Promise.all([app.formDefinitions.get(appId, current.version), app.formDefinitions.get(appId, version)]);
  if (!previous || !next?.retired?.some((f) => f.movedTo !== undefined)) return undefined;
  return (trx) => moveRetiredValues(trx, appId, previous, next, app.now());
}
