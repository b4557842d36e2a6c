import { createDatabase } from './src/db/createDatabase.ts';
import { OrgTree } from './src/org/OrgTree.ts';
import { loadAppFacts } from './src/review/loadAppFacts.ts';
import { loadAppUsage, loadRatingSummaries, loadSharedUsers } from './src/review/loadAppUsage.ts';
const { db } = createDatabase(process.argv[2]!);
const org = new OrgTree(db); await org.reload();
for (let i = 0; i < 3; i++) {
  let t = performance.now(); const facts = await loadAppFacts(db, org.all(), 2025, '2025-12-31', '2026-01-10'); const a = performance.now() - t;
  t = performance.now(); await loadAppUsage(db, 2025, ['2025-07']); const b = performance.now() - t;
  t = performance.now(); await loadRatingSummaries(db); const c = performance.now() - t;
  t = performance.now(); await loadSharedUsers(db, 2025, new Map(facts.map((f) => [f.id, f.category]))); const d = performance.now() - t;
  console.log('facts', a.toFixed(0), 'usage', b.toFixed(0), 'ratings', c.toFixed(0), 'shared', d.toFixed(0));
}
const plan = await (await import('kysely')).sql`explain query plan select app_id, type, substr(day,1,7) as month, sum(count), count(*) from usage_app_days where day >= '2025-01-01' and day <= '2025-12-31' and type in ('open','load_error') group by app_id, substr(day,1,7), type`.execute(db);
console.log(plan.rows);
await db.destroy();
