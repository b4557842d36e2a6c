import { IDLE, type AppState } from './appState.ts';
import { nextStatus, type AppEvent } from './transitions.ts';

/** What each app's frame shows, changed only through the transition table, and who wants to know. */
export interface AppStates {
  get(id: string): AppState;
  /** Applies `event`; returns false (and tells nobody) when the table has no such transition from the current status. */
  send(id: string, event: AppEvent, details?: Omit<AppState, 'status'>): boolean;
  subscribe(listener: () => void): () => void;
  ids(): string[];
}

export function createAppStates(): AppStates {
  const states = new Map<string, AppState>();
  const listeners = new Set<() => void>();
  const get = (id: string) => states.get(id) ?? IDLE;
  return {
    get,
    send(id, event, details) {
      const status = nextStatus(get(id).status, event);
      if (!status) return false;
      states.set(id, status === 'idle' && !details ? IDLE : { ...details, status });
      for (const l of listeners) l();
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ids: () => [...states.keys()],
  };
}
