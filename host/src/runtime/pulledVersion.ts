import type { CatalogItem } from '@toolbox/sdk';
import type { AppVersion } from './appVersion.ts';
import { satisfy } from './semver.ts';

/**
 * Whether `running`, a version of the app that is open now, was pulled by the catalogue `item` since: it is neither the
 * current version nor one of the earlier versions offered (`previous`), and it is above the current one, which is what
 * a rollback leaves behind. A newer current version (an upgrade) keeps the running one among `previous`; a version
 * below every one offered only aged out of that list. A rollback is a reviewer or the owner withdrawing the trust
 * that made the version current, so the desktop stops running it (desktop/applyCatalogChange.ts). An owner's trial of a
 * pending version is their own code, outside that decision, and is left alone.
 */
export function wasPulled(running: AppVersion, item: CatalogItem): boolean {
  if (running.trial) return false;
  if (running.version === item.version || item.previous.some((p) => p.version === running.version)) return false;
  try {
    return satisfy(running.version, `>${item.version}`);
  } catch {
    // A version semver cannot read: not offered any more, so treated as pulled.
    return true;
  }
}
