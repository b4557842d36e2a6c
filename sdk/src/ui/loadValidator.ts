import type { CollectionSchema } from '../shared/types.ts';
import type { RecordCheck } from './checkRecord.ts';

// The checker is loaded on demand, in its own chunk, so it is not part of an app's first open: a form only needs it
// once the user submits.
let checker: Promise<typeof import('./checkRecord.ts')> | undefined;
const compiled = new WeakMap<object, Promise<RecordCheck>>();

/** Starts loading the checker without waiting for it (call when a form appears, so it is ready by the first submit). */
export function preloadValidator(): void {
  checker ??= import('./checkRecord.ts');
}

/** The compiled checker of `schema`: one compilation per schema object. It never evaluates generated code (CSP). */
export function loadValidator(schema: CollectionSchema): Promise<RecordCheck> {
  let check = compiled.get(schema);
  if (!check) {
    preloadValidator();
    check = checker!.then(({ compileRecordCheck }) => compileRecordCheck(schema));
    compiled.set(schema, check);
  }
  return check;
}
