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
  /**
   * The app's mount while the mount stage waits for it: settles when the mount does or its timeout ends, and never
   * rejects. An unmount waits for it, as single-spa never unmounts an app that is still mounting.
   */
  mounting?: Promise<unknown>;
  /** Settles when this open is over for the runtime: closed, replaced by a newer open or a retry, or withdrawn. */
  ended: Promise<void>;
  end(): void;
}

export function createSession(version: AppVersion): Session {
  let end!: () => void;
  const ended = new Promise<void>((resolve) => {
    end = resolve;
  });
  return { version, ended, end };
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
