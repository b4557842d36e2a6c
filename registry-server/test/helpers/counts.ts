import { readdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

const TABLES = ['apps', 'versions', 'audit_log', 'records', 'users', 'sessions', 'api_tokens'] as const;

/** Row counts of the catalogue's tables: compare before and after to prove a refused request changed nothing. */
export async function countRows(app: FastifyInstance): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await app.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

/** Every regular file under `dir`, as sorted relative paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => `${e.parentPath.slice(dir.length)}/${e.name}`.replace(/^\/+/, ''))
    .sort();
}
