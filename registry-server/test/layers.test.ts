import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const routesDir = join(import.meta.dirname, '../src/routes');
// Route files check, call a store or service, and reply: the queries live beside the data they own (docs/architecture.md).
const QUERY = /\b(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/;

describe('server layers', () => {
  it('no route file builds a database query itself', () => {
    const offenders = readdirSync(routesDir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => QUERY.test(readFileSync(join(routesDir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check finds a query where there is one', () => {
    expect(QUERY.test("await app.db.selectFrom('users').selectAll().execute()")).toBe(true);
    expect(QUERY.test('await sql`select 1`.execute(db)')).toBe(true);
    expect(QUERY.test('await listUsers(app.db, scope)')).toBe(false);
  });
});
