import type { FormDefinition } from '@toolbox/sdk/forms';

/** The draft with what came before it (to undo) and what was undone (to redo). */
export interface DraftHistory {
  draft: FormDefinition;
  past: FormDefinition[];
  future: FormDefinition[];
  /** The last change's group and time: edits of one group close together are one step. */
  last?: { group: string; at: number };
}

/** Steps kept to undo: a morning's work, at a few kilobytes a draft. */
export const HISTORY_LIMIT = 100;
/** Edits of the same group this close together undo as one step (a word typed into a label, not each letter). */
export const COALESCE_MS = 1000;

export type HistoryAction =
  | { type: 'change'; draft: FormDefinition; group?: string; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; draft: FormDefinition };

export function startHistory(draft: FormDefinition): DraftHistory {
  return { draft, past: [], future: [] };
}

/**
 * The designer's undo and redo, as a reducer. A change pushes the draft before it, unless it continues the last change's
 * group (`group`, e.g. the field being edited) within COALESCE_MS; any change clears what could be redone. Undo and redo
 * end a group, so the next keystroke is a step of its own. A publish resets: what is on the server is not undone.
 */
export function draftHistory(state: DraftHistory, action: HistoryAction): DraftHistory {
  switch (action.type) {
    case 'change': {
      if (action.draft === state.draft) return state;
      const continues = action.group !== undefined && state.last?.group === action.group && action.at - state.last.at < COALESCE_MS;
      return {
        draft: action.draft,
        past: continues ? state.past : [...state.past, state.draft].slice(-HISTORY_LIMIT),
        future: [],
        ...(action.group !== undefined ? { last: { group: action.group, at: action.at } } : {}),
      };
    }
    case 'undo': {
      const previous = state.past.at(-1);
      return previous ? { draft: previous, past: state.past.slice(0, -1), future: [state.draft, ...state.future] } : state;
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      return next ? { draft: next, past: [...state.past, state.draft], future: rest } : state;
    }
    case 'reset':
      return startHistory(action.draft);
  }
}
