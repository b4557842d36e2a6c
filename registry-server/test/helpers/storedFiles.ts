import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * Reaches behind the server into where published files are kept, whichever store it runs (the file store on SQLite,
 * `bundle_files` on PostgreSQL), as an operator or a faulty disk would: tests use it to prove where an answer came from.
 */
export async function removeStoredFile(app: FastifyInstance, appId: string, version: string, path: string): Promise<void> {
  if (app.bundles.kind === 'files') rmSync(join(app.dataDir, appId, version, path), { force: true });
  else await app.db.deleteFrom('bundle_files').where('app_id', '=', appId).where('version', '=', version).where('path', '=', path).execute();
}

/** Writes a file into a published version's storage (it is served only once versions.files records it). */
export async function writeStoredFile(app: FastifyInstance, appId: string, version: string, path: string, content: string | Buffer): Promise<void> {
  const body = Buffer.from(content);
  if (app.bundles.kind === 'files') {
    const file = join(app.dataDir, appId, version, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
    return;
  }
  const sha256 = createHash('sha256').update(body).digest('hex');
  await app.db.insertInto('bundle_files').values({ app_id: appId, version, path, part: 0, size: body.length, sha256, content: body }).execute();
}

/** The paths of a version the store holds. */
export async function storedPaths(app: FastifyInstance, appId: string, version: string): Promise<string[]> {
  const rows = await app.db.selectFrom('bundle_files').select('path').distinct().where('app_id', '=', appId).where('version', '=', version).orderBy('path').execute();
  return rows.map((r) => r.path);
}
