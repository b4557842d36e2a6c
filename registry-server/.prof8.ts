import { createDatabase } from './src/db/createDatabase.ts';
import { OrgTree } from './src/org/OrgTree.ts';
import { loadAppFacts } from './src/review/loadAppFacts.ts';
import { loadAppUsage, loadSharedUsers } from './src/review/loadAppUsage.ts';
import { buildReview } from './src/review/buildReview.ts';
const { db } = createDatabase(process.argv[2]!);
const org = new OrgTree(db); await org.reload();
const cpu = async (f: () => Promise<unknown>) => { const c = process.cpuUsage(); const t = performance.now(); await f(); const d = process.cpuUsage(c); return `${((d.user + d.system) / 1000).toFixed(0)}cpu/${(performance.now() - t).toFixed(0)}wall`; };
for (let i = 0; i < 4; i++) {
  const facts = await loadAppFacts(db, org.all(), 2025, '2025-12-31', '2026-01-10');
  console.log('facts', await cpu(() => loadAppFacts(db, org.all(), 2025, '2025-12-31', '2026-01-10')), 'usage', await cpu(() => loadAppUsage(db, 2025, ['2025-07'])), 'shared', await cpu(() => loadSharedUsers(db, 2025, new Map(facts.map((f) => [f.id, f.category])))), 'review', await cpu(() => buildReview(db, org.all(), 2025, new Date('2026-01-10T01:00:00Z'))));
}
await db.destroy();
