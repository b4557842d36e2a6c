import type { LightAppProps } from '@toolbox/sdk';
import type { AppVersion } from './appVersion.ts';
import { AppLoadError, type HostErrorCode } from './errors.ts';
import type { Leftovers } from './leftoverWatch.ts';
import type { Lifecycles } from './toLifecycles.ts';

/** One open of an app: what a later open, a retry or a close replaces. */
export interface Session {
  version: AppVersion;
  /** Set once a failure was reported, so that a burst of render errors counts as one. */
  failed?: boolean;
  lifecycles?: Lifecycles;
  props?: LightAppProps;
  /** A form app's definition (version.form), read in the load stage and passed to the runtime as the prop `form`. */
  form?: unknown;
  stopWatch?: () => Leftovers;
}

/**
 * Thrown by a stage that finds its session replaced (a newer open, a retry, a close) after it waited: the open stops
 * there, silently. The work it waited for cannot be cancelled, only its result ignored.
 */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer open');
    this.name = 'Superseded';
  }
}

export function stageError(code: HostErrorCode, id: string, session: Session, detail: string): AppLoadError {
  return new AppLoadError(code, id, session.version.version, detail);
}
