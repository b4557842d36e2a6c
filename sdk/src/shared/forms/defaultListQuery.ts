import type { RecordQuery } from '../types.ts';
import { fieldByKey } from './formFields.ts';
import { FORM_LIMITS } from './limits.ts';
import type { FormDefinition } from './types.ts';

/**
 * The query a form app's list sends first: its first page, in the list's default sort, with no filter or search. The
 * form runtime builds every list query from it, and the desktop sends this one at the press that opens the app, so the
 * runtime's first read finds its answer waiting (one source, or the two would stop matching).
 */
export function defaultListQuery(definition: FormDefinition): RecordQuery & { limit: number; offset: number } {
  const { sort, pageSize } = definition.views.list;
  return {
    limit: pageSize ?? FORM_LIMITS.pageSizeDefault,
    offset: 0,
    // A sort on a field the definition no longer has would be refused by the server: the list then keeps its order.
    ...(sort && fieldByKey(definition, sort.field) ? { sort } : {}),
  };
}
