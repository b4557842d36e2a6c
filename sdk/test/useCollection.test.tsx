// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isToolboxSdkError } from '../src/index.ts';
import { useAllRecords, useCollection } from '../src/react/index.ts';
import { createMemoryData, createMockToolbox } from '../src/testing/index.ts';
import { renderHookProbe } from './helpers/renderHookProbe.tsx';

interface Visit {
  name: string;
  followUp?: boolean;
}
const collections = {
  visits: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 }, followUp: { type: 'boolean' } } },
};

afterEach(cleanup);

describe('useCollection', () => {
  it('loads the records, and create/update/remove keep the list in step with the store', async () => {
    const toolbox = createMockToolbox({ manifest: { collections }, seed: { visits: [{ name: '王阿婆' }] } });
    const probe = renderHookProbe(toolbox, () => useCollection<Visit>('visits'), (s) => (s.loading ? 'loading' : s.items.map((r) => r.data.name).join(',')));
    expect(await screen.findByText('王阿婆')).toBeTruthy();

    let created: { id: string } | undefined;
    await act(async () => {
      created = await probe.value.create({ name: '李老伯' });
    });
    expect(screen.getByText('王阿婆,李老伯')).toBeTruthy();
    await act(async () => {
      await probe.value.update(created!.id, { name: '李老伯', followUp: true });
    });
    expect(probe.value.items[1]?.data).toEqual({ name: '李老伯', followUp: true });
    await act(async () => {
      await probe.value.remove(probe.value.items[0]!.id);
    });
    expect(screen.getByText('李老伯')).toBeTruthy();
    expect((await toolbox.data.collection<Visit>('visits').list()).map((r) => r.data.name)).toEqual(['李老伯']);
  });

  it('rejects an invalid record, keeps the list, and exposes the error', async () => {
    const toolbox = createMockToolbox({ manifest: { collections } });
    const probe = renderHookProbe(toolbox, () => useCollection<Visit>('visits'), (s) => (s.error ? `error:${s.error.message}` : `n=${s.items.length}`));
    await screen.findByText('n=0');
    let caught: unknown;
    await act(async () => {
      await probe.value.create({ name: '' }).catch((e: unknown) => (caught = e));
    });
    expect(isToolboxSdkError(caught, 'TOOLBOX_RECORD_INVALID')).toBe(true);
    await waitFor(() => expect(screen.getByText(/^error:/).textContent).toContain('/name'));
    expect(probe.value.items).toEqual([]);
  });
});

describe('useCollection and useAllRecords with ifRevision', () => {
  it('refuse an update based on a record changed since, and then hold the record as it is now', async () => {
    const toolbox = createMockToolbox({ manifest: { collections }, seed: { visits: [{ name: '王阿婆' }] } });
    const collection = renderHookProbe(toolbox, () => useCollection<Visit>('visits'), (s) => (s.loading ? 'loading' : s.items.map((r) => `${r.data.name}:${r.revision}`).join(',')));
    expect(await screen.findByText('王阿婆:1')).toBeTruthy();
    const shown = collection.value.items[0]!;
    // Another desktop marks the follow-up meanwhile.
    await toolbox.data.collection<Visit>('visits').update(shown.id, { name: '王阿婆', followUp: true });
    let caught: unknown;
    await act(async () => {
      await collection.value.update(shown.id, { name: '王阿婆（已搬走）' }, { ifRevision: shown.revision }).catch((e: unknown) => (caught = e));
    });
    expect(isToolboxSdkError(caught, 'TOOLBOX_RECORD_CHANGED')).toBe(true);
    expect(collection.value.items[0]).toMatchObject({ revision: 2, data: { name: '王阿婆', followUp: true } });
    expect((await toolbox.data.collection<Visit>('visits').get(shown.id)).data).toEqual({ name: '王阿婆', followUp: true });
    // remove likewise: refused on the old revision, the record kept and shown as it is; removed on the current one.
    await act(async () => {
      await collection.value.remove(shown.id, { ifRevision: 1 }).catch((e: unknown) => (caught = e));
    });
    expect(isToolboxSdkError(caught, 'TOOLBOX_RECORD_CHANGED')).toBe(true);
    expect(collection.value.items.map((r) => r.revision)).toEqual([2]);
    cleanup();

    const all = renderHookProbe(toolbox, () => useAllRecords<Visit>('visits'), (s) => (s.loading ? 'loading' : s.items.map((r) => `${r.data.name}:${r.revision}`).join(',')));
    expect(await screen.findByText('王阿婆:2')).toBeTruthy();
    await toolbox.data.collection<Visit>('visits').update(shown.id, { name: '王阿婆' });
    await act(async () => {
      await all.value.update(shown.id, { name: '王阿婆（已搬走）' }, { ifRevision: 2 }).catch((e: unknown) => (caught = e));
    });
    expect(all.value.items[0]).toMatchObject({ revision: 3, data: { name: '王阿婆' } });
    await act(async () => {
      await all.value.update(shown.id, { name: '王阿婆（已搬走）' }, { ifRevision: 3 });
    });
    expect(all.value.items[0]).toMatchObject({ revision: 4, data: { name: '王阿婆（已搬走）' } });
  });
});

describe('createMemoryData', () => {
  it('checks records against the schema, names the path, and refuses unknown collections', async () => {
    const data = createMemoryData({ collections, unitId: 'huayanglu-01', userId: 'u1' });
    const visits = data.collection<Visit>('visits');
    const record = await visits.create({ name: '王阿婆' });
    expect(record).toMatchObject({ data: { name: '王阿婆' }, unitId: 'huayanglu-01', createdBy: 'u1' });
    await expect(visits.update(record.id, { followUp: true } as Visit)).rejects.toMatchObject({
      code: 'TOOLBOX_RECORD_INVALID',
      details: [expect.objectContaining({ path: '/name', keyword: 'required' })],
    });
    await expect(visits.get('nope')).rejects.toMatchObject({ code: 'TOOLBOX_RECORD_NOT_FOUND' });
    await expect(data.collection('tickets').list()).rejects.toMatchObject({ code: 'TOOLBOX_COLLECTION_NOT_FOUND' });
    // Copies in and out: changing what the store returned does not change the store.
    (await visits.list())[0]!.data.name = 'changed';
    expect((await visits.get(record.id)).data.name).toBe('王阿婆');
  });
});
