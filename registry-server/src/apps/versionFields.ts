import type { Manifest } from '@toolbox/sdk';
import type { Db } from '../db/createDatabase.ts';
import { parseJson } from '../lib/json.ts';
import type { DescriptiveFields } from './DescriptiveFields.ts';

/**
 * The descriptive fields an app has while this version is current: the ones edited while it was current, else its
 * manifest's. Approving and rolling back both apply them, so an app never keeps a newer version's name or visibility.
 */
export function versionFields(row: { fields: string | null; manifest: string }): DescriptiveFields {
  if (row.fields !== null) return parseJson<DescriptiveFields>(row.fields, {} as DescriptiveFields);
  const m = parseJson<Manifest>(row.manifest, {} as Manifest);
  return {
    id: m.id,
    name: m.name,
    description: m.description ?? null,
    icon: m.icon ?? null,
    category: m.category,
    keywords: m.keywords ?? [],
    scenario: m.scenario,
    owner: m.owner,
    visibility: m.visibility ?? null,
  };
}

/** Keeps an edit of the app with the version that is current, so that a rollback to it later restores the edit. */
export async function saveVersionFields(db: Db, appId: string, version: string, fields: DescriptiveFields): Promise<void> {
  await db.updateTable('versions').set({ fields: JSON.stringify(fields) }).where('app_id', '=', appId).where('version', '=', version).execute();
}
