import type { Dispatch, SetStateAction } from 'react';
import { isToolboxSdkError } from '../errors.ts';
import type { CollectionClient, DataRecord, WriteOptions } from '../shared/types.ts';

/**
 * `client.update`, keeping a hook's `items` in step: the record written, or, when the write was refused because the
 * record changed meanwhile (`ifRevision`), the record as it is now, so the list shows what the other person saved;
 * the refusal still rejects, for the app to say so.
 */
export async function updateItem<T>(client: CollectionClient<T>, setItems: Dispatch<SetStateAction<DataRecord<T>[]>>, id: string, data: T, options?: WriteOptions): Promise<DataRecord<T>> {
  const put = (record: DataRecord<T>) => setItems((current) => current.map((item) => (item.id === id ? record : item)));
  try {
    const record = await client.update(id, data, options);
    put(record);
    return record;
  } catch (error) {
    if (isToolboxSdkError(error, 'TOOLBOX_RECORD_CHANGED')) put(error.current as DataRecord<T>);
    throw error;
  }
}
