import { writeAudit } from '../audit/writeAudit.ts';
import { CatalogStore } from '../catalog/CatalogStore.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import type { Snapshot } from '../catalog/Snapshot.ts';
import type { Db } from '../db/createDatabase.ts';

/**
 * Writes down the retirements that came due (deprecated apps past their retireOn date), with an audit row each.
 * Readers already treat them as retired; this makes the stored status and the audit log agree. The conditional
 * update makes it safe when several instances do it at once: only one of them gets the row. Returns the catalogue
 * as it is then, for the reader that asked.
 */
export async function settleRetirements(db: Db, catalog: CatalogStore, now: Date): Promise<Snapshot> {
  const snapshot = await catalog.snapshot();
  const today = catalog.today();
  const due = [...snapshot.apps.values()].filter((a) => a.row.status === 'deprecated' && effectiveStatus(a.row, today) === 'retired');
  for (const app of due) {
    await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('apps')
        .set({
          status: 'retired',
          retired_reason: app.row.deprecation_reason,
          retired_at: `${app.row.retire_on}T00:00:00+08:00`,
          updated_at: now.toISOString(),
        })
        .where('id', '=', app.row.id)
        .where('status', '=', 'deprecated')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return;
      await writeAudit(trx, {
        actor: null,
        action: 'app.retire',
        app: app.row.id,
        fromStatus: 'deprecated',
        toStatus: 'retired',
        reason: app.row.deprecation_reason,
        details: { automatic: true, retireOn: app.row.retire_on },
        at: now,
      });
      await CatalogStore.bump(trx);
    });
  }
  return due.length > 0 ? catalog.snapshot() : snapshot;
}
