import type { CatalogItem, LocalizedText } from '@toolbox/sdk';
import type { OrgTree } from '../org/OrgTree.ts';
import { bundleUrl, resolveIcon } from './bundleUrls.ts';
import type { SnapApp, SnapVersion, Snapshot } from './Snapshot.ts';

/** How many earlier versions the catalogue offers as fallbacks. */
const PREVIOUS_LIMIT = 5;

export function localized(zh: string, en: string | null): LocalizedText {
  return en ? { 'zh-CN': zh, en } : { 'zh-CN': zh };
}

export function entryUrl(origin: string, app: string, v: SnapVersion): string {
  return v.kind === 'external' ? v.entry : bundleUrl(origin, app, v.version, v.entry);
}

/** Absolute URLs of a bundle version's preload files, built like the entry's; undefined when it has no list. */
export function preloadUrls(origin: string, app: string, v: SnapVersion): string[] | undefined {
  if (v.kind !== 'bundle' || !v.preload) return undefined;
  return v.preload.map((file) => bundleUrl(origin, app, v.version, file));
}

/** One catalogue entry of an app that has a current version and is active or deprecated. */
export function catalogItem(snapshot: Snapshot, org: OrgTree, app: SnapApp, current: SnapVersion, origin: string): CatalogItem {
  const { row } = app;
  const item: CatalogItem = {
    id: row.id,
    name: localized(row.name_zh, row.name_en),
    category: row.category,
    keywords: app.keywords,
    scenario: row.scenario,
    owner: { unit: row.owner_unit_id, unitName: org.get(row.owner_unit_id)?.name ?? row.owner_unit_id, contact: row.owner_contact },
    status: row.status === 'deprecated' ? 'deprecated' : 'active',
    version: current.version,
    entry: entryUrl(origin, row.id, current),
    sdk: current.sdk,
    previous: [],
  };
  if (row.description_zh) item.description = localized(row.description_zh, row.description_en);
  const icon = resolveIcon(row.icon, { origin, app: row.id, version: current.version, kind: current.kind, entry: current.entry, files: current.files });
  if (icon) item.icon = icon;
  if (current.integrity) item.integrity = current.integrity;
  const preload = preloadUrls(origin, row.id, current);
  if (preload) item.preload = preload;
  if (current.preloadData) item.preloadData = current.preloadData;
  if (row.status === 'deprecated' && row.retire_on) {
    const deprecation: NonNullable<CatalogItem['deprecation']> = { retireOn: row.retire_on, reason: row.deprecation_reason ?? '' };
    const replacement = row.replacement_id ? snapshot.apps.get(row.replacement_id) : undefined;
    if (replacement) deprecation.replacement = { id: replacement.row.id, name: localized(replacement.row.name_zh, replacement.row.name_en) };
    item.deprecation = deprecation;
  }
  const currentIndex = app.versions.indexOf(current);
  // Fallbacks are loaded by everyone's desktop, so only approved versions qualify.
  const earlier = app.versions.slice(currentIndex + 1).filter((v) => v.status === 'approved');
  for (const v of earlier.slice(0, PREVIOUS_LIMIT)) {
    const prev: CatalogItem['previous'][number] = { version: v.version, entry: entryUrl(origin, row.id, v), sdk: v.sdk };
    if (v.integrity) prev.integrity = v.integrity;
    const prevPreload = preloadUrls(origin, row.id, v);
    if (prevPreload) prev.preload = prevPreload;
    if (v.preloadData) prev.preloadData = v.preloadData;
    item.previous.push(prev);
  }
  return item;
}
