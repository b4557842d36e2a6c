import type { Dispatch, SetStateAction } from 'react';
import { isToolboxSdkError } from '../errors.ts';
import type { CollectionClient, DataRecord, WriteOptions } from '../shared/types.ts';

/**
 * Runs a write of record `id`; when it is refused because the record changed meanwhile (`ifRevision`), puts the record
 * as it is now into `items`, so the list shows what the other person saved. The refusal still rejects, for the app to
 * say so.
 */
export async function keepChanged<T, R>(setItems: Dispatch<SetStateAction<DataRecord<T>[]>>, id: string, write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (error) {
    if (isToolboxSdkError(error, 'TOOLBOX_RECORD_CHANGED')) {
      const now = error.current as DataRecord<T>;
      setItems((current) => current.map((item) => (item.id === id ? now : item)));
    }
    throw error;
  }
}

/** `client.update`, keeping a hook's `items` in step: the record written, or the record as it is now (keepChanged). */
export async function updateItem<T>(client: CollectionClient<T>, setItems: Dispatch<SetStateAction<DataRecord<T>[]>>, id: string, data: T, options?: WriteOptions): Promise<DataRecord<T>> {
  const record = await keepChanged(setItems, id, () => client.update(id, data, options));
  setItems((current) => current.map((item) => (item.id === id ? record : item)));
  return record;
}
