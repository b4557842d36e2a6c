import type { AppRuntimeOptions } from './appRuntimeOptions.ts';
import type { AppStates } from './appStates.ts';
import type { Frames } from './frames.ts';
import type { Session } from './session.ts';
import type { ModuleLoader } from './stages/load.ts';

/** What every stage of an open reads: the options, the frames' states and elements, and the loaded modules. */
export interface RuntimeContext {
  options: AppRuntimeOptions;
  timeoutMs: number;
  states: AppStates;
  frames: Frames;
  loader: ModuleLoader;
  /** The leftover check's chunk (development aid), when the runtime was made with devWarnings. */
  leftoverWatch?: Promise<typeof import('./leftoverWatch.ts')>;
  /** Settles when the last close of `id` has finished unmounting the app (at once when none is under way). */
  unmounted(id: string): Promise<void>;
  isCurrent(id: string, session: Session): boolean;
  /** Throws `Superseded` unless `session` is still the current open of `id`: called after every wait. */
  ensureCurrent(id: string, session: Session): void;
}
