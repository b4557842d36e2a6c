// Refused usage events, counted per day, app and reason (issue 12), so the review can say how many events it did not
// count and why. Counts only: no user or unit is stored, so the table says nothing about any person.
import type { Db } from '../createDatabase.ts';
import { createRollupTable } from '../createRollupTable.ts';

export async function up(db: Db): Promise<void> {
  await createRollupTable(db, 'usage_refused', { key: ['day', 'app_id', 'reason'], counts: ['count'] });
}
