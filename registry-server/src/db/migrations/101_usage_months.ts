// Monthly rollups per app (issue 5), so the review reads apps × months rows instead of apps × days.
import type { Db } from '../createDatabase.ts';
import { createRollupTable } from '../createRollupTable.ts';

export async function up(db: Db): Promise<void> {
  // Events per (app, month, type), and on how many distinct days that type occurred (active days, for opens).
  await createRollupTable(db, 'usage_app_months', { key: ['month', 'app_id', 'type'], counts: ['count', 'days'] });
}
