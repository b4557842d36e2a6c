import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type TestEngine = 'sqlite' | 'postgres';

/**
 * The engines to run the registry's tests on: SQLite always; PostgreSQL when TOOLBOX_TEST_PG holds a server URL
 * (`pnpm test` starts one). Use with `describe.each(testEngines)('… (%s)', (engine) => …)`.
 */
export const testEngines: TestEngine[] = process.env.TOOLBOX_TEST_PG ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  /** What to pass as `buildApp({db})`. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database: a SQLite file in a temp dir, or a new PostgreSQL database with a random name. */
export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'toolbox-db-'));
    return { url: join(dir, 'toolbox.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.TOOLBOX_TEST_PG;
  if (!admin) throw new Error('TOOLBOX_TEST_PG is not set');
  return createPostgresDatabase(admin);
}

/** A new, empty database with a random name on the PostgreSQL server at `adminUrl` (the tests', or a benchmark's). */
export async function createPostgresDatabase(adminUrl: string, prefix = 'toolbox_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
