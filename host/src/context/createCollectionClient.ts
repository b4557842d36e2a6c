import type { CollectionClient, DataRecord, ListOptions } from '@toolbox/sdk';
import { api } from '../api/http.ts';

/** CollectionClient over `/api/apps/:id/data/:collection[/:docId]`; the server scopes records to the user's unit. */
export function createCollectionClient<T>(appId: string, collection: string): CollectionClient<T> {
  const base = `/api/apps/${encodeURIComponent(appId)}/data/${encodeURIComponent(collection)}`;
  const one = (id: string) => `${base}/${encodeURIComponent(id)}`;
  return {
    async list(options?: ListOptions) {
      const query = new URLSearchParams();
      if (options?.limit !== undefined) query.set('limit', String(options.limit));
      if (options?.offset !== undefined) query.set('offset', String(options.offset));
      const qs = query.toString();
      const body = await api<{ items: DataRecord<T>[] }>(qs ? `${base}?${qs}` : base);
      return body.items;
    },
    get: (id) => api<DataRecord<T>>(one(id)),
    create: (data) => api<DataRecord<T>>(base, { method: 'POST', body: data }),
    update: (id, data) => api<DataRecord<T>>(one(id), { method: 'PUT', body: data }),
    remove: async (id) => {
      await api<unknown>(one(id), { method: 'DELETE' });
    },
  };
}
