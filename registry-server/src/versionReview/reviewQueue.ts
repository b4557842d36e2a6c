import type { ReviewQueueItem } from '@toolbox/sdk/api';
import { localized } from '../catalog/catalogItem.ts';
import type { Db } from '../db/createDatabase.ts';
import type { OrgTree } from '../org/OrgTree.ts';

export type { ReviewQueueItem };

/** Every pending version, oldest first: the order reviewers work through them. */
export async function loadReviewQueue(db: Db, org: OrgTree): Promise<ReviewQueueItem[]> {
  const rows = await db
    .selectFrom('versions')
    .innerJoin('apps', 'apps.id', 'versions.app_id')
    .leftJoin('users', 'users.id', 'versions.published_by')
    .select([
      'versions.app_id',
      'versions.version',
      'versions.kind',
      'versions.published_by',
      'versions.published_at',
      'apps.name_zh',
      'apps.name_en',
      'apps.owner_unit_id',
      'apps.current_version',
      'users.name as publisher_name',
    ])
    .where('versions.status', '=', 'pending')
    .orderBy('versions.published_at', 'asc')
    .orderBy('versions.app_id', 'asc')
    .orderBy('versions.version', 'asc')
    .execute();
  return rows.map((r) => ({
    appId: r.app_id,
    appName: localized(r.name_zh, r.name_en),
    version: r.version,
    kind: r.kind,
    publishedBy: { id: r.published_by, name: r.publisher_name ?? r.published_by },
    publishedAt: r.published_at,
    ownerUnit: { id: r.owner_unit_id, name: org.get(r.owner_unit_id)?.name ?? r.owner_unit_id },
    currentVersion: r.current_version,
  }));
}
