import type { RecordQuery } from '@toolbox/sdk';
import { defaultListQuery, type FormDefinition } from '@toolbox/sdk/forms';

/**
 * The form runtime's first list query for a definition as the desktop read it (form.json), or undefined when it is not
 * even shaped like one. Not validated here: a definition the runtime refuses shows its error and reads nothing, and the
 * query sent for it waits unused until it is thrown away.
 */
export function firstListQuery(definition: unknown): RecordQuery | undefined {
  try {
    return defaultListQuery(definition as FormDefinition);
  } catch {
    return undefined;
  }
}
