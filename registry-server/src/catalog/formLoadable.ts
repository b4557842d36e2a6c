import { FORM_FILE } from '../forms/FormDefinitions.ts';
import { sriFromHex } from '../publish/hashTree.ts';
import { bundleUrl } from './bundleUrls.ts';
import type { SnapVersion, Snapshot } from './Snapshot.ts';

/** How the desktop loads a form version: the runtime's remote, with the definition beside it. */
export interface FormLoadable {
  entry: string;
  integrity?: string;
  sdk: string;
  preload?: string[];
  form: { definition: string; runtime: string; integrity?: string };
}

/**
 * A form version opens in the runtime app it names (`entry`), at that app's current version: every form app shares
 * one runtime remote, so the desktop loads it once, and an approved upgrade of the runtime reaches every form app (a
 * newer definition format than a runtime knows is refused by the runtime, never guessed). The definition is the
 * version's immutable `form.json`, fetched beside the runtime's files. Undefined while the runtime has no current
 * version (retired, rolled back to nothing): the app is then left out of the catalogue rather than shown broken.
 */
export function formLoadable(snapshot: Snapshot, origin: string, app: string, v: SnapVersion): FormLoadable | undefined {
  const runtime = snapshot.apps.get(v.entry);
  const current = runtime?.byVersion.get(runtime.row.current_version ?? '');
  if (!runtime || !current || current.kind !== 'bundle' || runtime.row.status === 'retired') return undefined;
  const loadable: FormLoadable = {
    entry: bundleUrl(origin, runtime.row.id, current.version, current.entry),
    sdk: current.sdk,
    form: { definition: bundleUrl(origin, app, v.version, FORM_FILE), runtime: current.version },
  };
  if (current.integrity) loadable.integrity = current.integrity;
  // The definition is data the runtime renders: checked like the runtime's own entry (the host's verifyIntegrity).
  const stored = Object.hasOwn(v.files, FORM_FILE) ? v.files[FORM_FILE] : undefined;
  if (stored) loadable.form.integrity = sriFromHex(stored);
  if (current.preload) loadable.preload = current.preload.map((file) => bundleUrl(origin, runtime.row.id, current.version, file));
  return loadable;
}
