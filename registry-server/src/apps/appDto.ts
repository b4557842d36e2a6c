import type { AppDto } from '@toolbox/sdk/api';
import { resolveIcon } from '../catalog/bundleUrls.ts';
import { localized } from '../catalog/catalogItem.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import type { SnapApp, Snapshot } from '../catalog/Snapshot.ts';
import type { OrgTree } from '../org/OrgTree.ts';

/** One app as `GET /api/apps` and `GET /api/apps/:id` return it. */
export type { AppDto };

export function appDto(snapshot: Snapshot, org: OrgTree, app: SnapApp, origin: string, today: string): AppDto {
  const { row } = app;
  const status = effectiveStatus(row, today);
  const current = row.current_version ? app.byVersion.get(row.current_version) : undefined;
  const replacementApp = row.replacement_id ? snapshot.apps.get(row.replacement_id) : undefined;
  const replacement = replacementApp
    ? { id: replacementApp.row.id, name: localized(replacementApp.row.name_zh, replacementApp.row.name_en) }
    : undefined;
  const dto: AppDto = {
    id: row.id,
    name: localized(row.name_zh, row.name_en),
    category: row.category,
    keywords: app.keywords,
    scenario: row.scenario,
    owner: { unit: row.owner_unit_id, unitName: org.get(row.owner_unit_id)?.name ?? row.owner_unit_id, contact: row.owner_contact, userId: row.owner_user_id },
    visibility: {
      ...(app.visibility.units ? { units: app.visibility.units } : {}),
      ...(app.visibility.roles ? { roles: app.visibility.roles } : {}),
    },
    status,
    currentVersion: row.current_version,
    annualCost: row.annual_cost,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.description_zh) dto.description = localized(row.description_zh, row.description_en);
  const icon = current
    ? resolveIcon(row.icon, { origin, app: row.id, version: current.version, kind: current.kind, entry: current.entry, files: current.files })
    : undefined;
  if (icon) dto.icon = icon;
  if (status === 'deprecated' && row.retire_on) {
    dto.deprecation = { retireOn: row.retire_on, reason: row.deprecation_reason ?? '', ...(replacement ? { replacement } : {}) };
  }
  if (status === 'retired') {
    // A retirement that came due is not persisted until someone writes it: its date is the retireOn date.
    const lapsed = row.status === 'deprecated';
    dto.retirement = {
      reason: (lapsed ? row.deprecation_reason : row.retired_reason) ?? '',
      at: lapsed ? (row.retire_on ?? '') : (row.retired_at ?? ''),
      ...(replacement ? { replacement } : {}),
    };
  }
  return dto;
}
