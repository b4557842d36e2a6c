import { type Locale, localized } from '@toolbox/sdk';
import { type DefinitionError, type FormDefinition, validateDefinition } from '@toolbox/sdk/forms';

export type Tab = 'fields' | 'list' | 'flow' | 'info' | 'publish';

/** The draft's problems from validateDefinition, sorted to where the designer shows them: by field, by tab. */
export interface DraftProblems {
  ok: boolean;
  definition?: FormDefinition;
  errors: DefinitionError[];
  byField: Map<string, string[]>;
  byTab: Map<Tab, string[]>;
}

const tabOf = (path: string): Tab => (path.startsWith('/views') ? 'list' : path.startsWith('/flow') ? 'flow' : path.startsWith('/sections') || path.startsWith('/retired') || path.startsWith('/matchBy') ? 'fields' : 'info');

export function draftProblems(draft: FormDefinition, locale: Locale): DraftProblems {
  const result = validateDefinition(draft);
  const byField = new Map<string, string[]>();
  const byTab = new Map<Tab, string[]>();
  const errors = result.ok ? [] : result.errors;
  for (const e of errors) {
    const text = localized(e.message, locale);
    const tab = tabOf(e.path);
    // A field's own problems show beside it; the list's and the flow's on their tabs, naming the field.
    if (e.field !== undefined && tab === 'fields') byField.set(e.field, [...(byField.get(e.field) ?? []), text]);
    else byTab.set(tab, [...(byTab.get(tab) ?? []), text]);
  }
  return { ok: result.ok, ...(result.ok ? { definition: result.definition } : {}), errors, byField, byTab };
}
