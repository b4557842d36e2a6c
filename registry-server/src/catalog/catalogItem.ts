import type { CatalogItem, LocalizedText } from '@toolbox/sdk';
import type { OrgTree } from '../org/OrgTree.ts';
import { bundleUrl, resolveIcon } from './bundleUrls.ts';
import { formLoadable } from './formLoadable.ts';
import type { SnapApp, SnapVersion, Snapshot } from './Snapshot.ts';

/** How many earlier versions the catalogue offers as fallbacks. */
const PREVIOUS_LIMIT = 5;

export function localized(zh: string, en: string | null): LocalizedText {
  return en ? { 'zh-CN': zh, en } : { 'zh-CN': zh };
}

export function entryUrl(origin: string, app: string, v: SnapVersion): string {
  // A form version's entry is resolved through its runtime (formLoadable); here it is its definition.
  if (v.kind === 'form') return bundleUrl(origin, app, v.version, 'form.json');
  return v.kind === 'external' ? v.entry : bundleUrl(origin, app, v.version, v.entry);
}

/** Absolute URLs of a bundle version's preload files, built like the entry's; undefined when it has no list. */
export function preloadUrls(origin: string, app: string, v: SnapVersion): string[] | undefined {
  if (v.kind !== 'bundle' || !v.preload) return undefined;
  return v.preload.map((file) => bundleUrl(origin, app, v.version, file));
}

/**
 * One catalogue entry of an app that has a current version and is active or deprecated; undefined for a form app whose
 * runtime cannot be loaded (formLoadable).
 */
export function catalogItem(snapshot: Snapshot, org: OrgTree, app: SnapApp, current: SnapVersion, origin: string): CatalogItem | undefined {
  const { row } = app;
  const form = current.kind === 'form' ? formLoadable(snapshot, origin, row.id, current) : undefined;
  if (current.kind === 'form' && !form) return undefined;
  const item: CatalogItem = {
    id: row.id,
    name: localized(row.name_zh, row.name_en),
    category: row.category,
    keywords: app.keywords,
    scenario: row.scenario,
    owner: { unit: row.owner_unit_id, unitName: org.get(row.owner_unit_id)?.name ?? row.owner_unit_id, contact: row.owner_contact },
    status: row.status === 'deprecated' ? 'deprecated' : 'active',
    version: current.version,
    entry: form?.entry ?? entryUrl(origin, row.id, current),
    sdk: form?.sdk ?? current.sdk,
    previous: [],
  };
  if (form) item.form = form.form;
  if (row.description_zh) item.description = localized(row.description_zh, row.description_en);
  const icon = resolveIcon(row.icon, { origin, app: row.id, version: current.version, kind: current.kind, entry: current.entry, files: current.files });
  if (icon) item.icon = icon;
  const integrity = form ? form.integrity : current.integrity;
  if (integrity) item.integrity = integrity;
  const preload = form ? form.preload : preloadUrls(origin, row.id, current);
  if (preload) item.preload = preload;
  if (current.preloadData) item.preloadData = current.preloadData;
  if (row.status === 'deprecated' && row.retire_on) {
    const deprecation: NonNullable<CatalogItem['deprecation']> = { retireOn: row.retire_on, reason: row.deprecation_reason ?? '' };
    const replacement = row.replacement_id ? snapshot.apps.get(row.replacement_id) : undefined;
    if (replacement) deprecation.replacement = { id: replacement.row.id, name: localized(replacement.row.name_zh, replacement.row.name_en) };
    item.deprecation = deprecation;
  }
  // A form app's earlier versions open in the same runtime, so they are no fallback when it fails to load.
  if (form) return item;
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
