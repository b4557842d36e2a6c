import type { AppLoadError } from './errors.ts';
import type { AppVersion } from './appVersion.ts';

/**
 * What the desktop shows for an app's frame. `withdrawn`: the version that ran was pulled from the catalogue (a
 * rollback) and was closed; the frame says so and offers the current version.
 */
export type AppStatus = 'idle' | 'loading' | 'mounted' | 'error' | 'withdrawn';

export interface AppState {
  status: AppStatus;
  /** The version being shown or tried. */
  version?: string;
  error?: AppLoadError;
  /** An earlier version the user may switch to after the current one failed to load. */
  fallback?: AppVersion;
  /** True while an earlier version than the catalogue's current one is shown. */
  onFallback?: boolean;
  /** True while the owner tries a version awaiting review (appVersion.ts `trialVersion`). */
  trial?: boolean;
}

export const IDLE: AppState = Object.freeze({ status: 'idle' });
