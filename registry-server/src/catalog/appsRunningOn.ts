import { effectiveStatus } from './effectiveStatus.ts';
import type { SnapApp, Snapshot } from './Snapshot.ts';

/** The app a version runs on, if it is not its own code: a form version names its form runtime as its entry. */
export function runsOn(version: { kind: string; entry: string }): string | undefined {
  return version.kind === 'form' ? version.entry : undefined;
}

/**
 * The apps not retired whose current version runs on app `id`: form apps, whose version names the form runtime as its
 * entry (formLoadable). Retiring `id` would take them off the desktop with it.
 */
export function appsRunningOn(snapshot: Snapshot, id: string, today: string): SnapApp[] {
  return [...snapshot.apps.values()].filter((a) => {
    const current = a.byVersion.get(a.row.current_version ?? '');
    return current !== undefined && runsOn(current) === id && effectiveStatus(a.row, today) !== 'retired';
  });
}
