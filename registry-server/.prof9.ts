import { sql } from 'kysely';
import { createDatabase } from './src/db/createDatabase.ts';
const { db } = createDatabase(process.argv[2]!);
const cpu = async (f: () => Promise<unknown>) => { const c = process.cpuUsage(); await f(); const d = process.cpuUsage(c); return ((d.user + d.system) / 1000).toFixed(0); };
const periods = ['2025', ...Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`)];
for (let i = 0; i < 4; i++) {
  const out: string[] = [];
  out.push('months ' + await cpu(() => db.selectFrom('usage_app_months').select(['app_id', 'type', 'month', 'count as n', 'days']).where('month', '>=', '2025-01').where('month', '<=', '2025-12').where('type', 'in', ['open', 'load_error']).execute()));
  out.push('active ' + await cpu(() => db.selectFrom('usage_period_active').select(['app_id', 'period', 'users']).where('period', 'in', periods).execute()));
  out.push('units ' + await cpu(() => db.selectFrom('usage_unit_years').select(['app_id', 'unit_id', 'months']).where('year', '=', '2025').execute()));
  out.push('presence ' + await cpu(() => db.selectFrom('usage_period_users').select(['user_hash', 'app_id']).where('period', '=', '2025').orderBy('user_hash').execute()));
  out.push('count ' + await cpu(async () => console.log((await sql`select count(*) as n from usage_period_users where period = '2025'`.execute(db)).rows)));
  console.log(out.join(' '));
}
console.log((await sql`explain query plan select user_hash, app_id from usage_period_users where period = '2025' order by user_hash`.execute(db)).rows);
await db.destroy();
