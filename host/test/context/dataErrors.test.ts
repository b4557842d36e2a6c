// One test, two implementations: the same data calls against the SDK's test double (`createMemoryData`, which the dev
// shell uses too) and against the desktop's collection client talking to a real registry server on 127.0.0.1. A
// plugin that handles an error in its tests must receive the same error on the desktop: same class, code and details.
import type { CollectionClient } from '@toolbox/sdk';
import { isToolboxSdkError } from '@toolbox/sdk';
import { createMemoryData } from '@toolbox/sdk/testing';
import { describe, expect, it } from 'vitest';
import { createCollectionClient } from '../../src/context/createCollectionClient.ts';
import { registryAsStaff } from './registryAsStaff.ts';

const visits = {
  type: 'object',
  required: ['resident', 'date'],
  additionalProperties: false,
  properties: {
    resident: { type: 'string', minLength: 1, title: '居民姓名' },
    date: { type: 'string', format: 'date', title: '走访日期' },
  },
};

type Clients = { visits: CollectionClient; undeclared: CollectionClient };

const implementations: [string, () => Clients][] = [
  [
    'the test double (createMemoryData)',
    () => {
      const data = createMemoryData({ collections: { visits } });
      return { visits: data.collection('visits'), undeclared: data.collection('secrets') };
    },
  ],
  [
    'the desktop against a real registry',
    () => ({ visits: createCollectionClient('visit-log', 'visits'), undeclared: createCollectionClient('visit-log', 'secrets') }),
  ],
];

registryAsStaff({ appId: 'visit-log', collections: { visits } });

describe.each(implementations)('data errors from %s', (_name, make) => {
  it('a record that breaks the schema: TOOLBOX_RECORD_INVALID, 400, with each wrong field in details', async () => {
    const caught = await make()
      .visits.create({ resident: '', date: 'yesterday', extra: 1 })
      .catch((e: unknown) => e);
    expect(isToolboxSdkError(caught, 'TOOLBOX_RECORD_INVALID')).toBe(true);
    expect(caught).toMatchObject({ statusCode: 400 });
    const details = (caught as { details: { path: string; keyword?: string; params?: unknown }[] }).details;
    expect(details.map((d) => `${d.path} ${d.keyword}`).sort()).toEqual(['/date format', '/extra additionalProperties', '/resident minLength']);
    expect(details.find((d) => d.path === '/resident')?.params).toEqual({ limit: 1 });
  });

  it('a record that does not exist: TOOLBOX_RECORD_NOT_FOUND, 404, naming the collection and the id', async () => {
    const caught = await make()
      .visits.get('no-such-record')
      .catch((e: unknown) => e);
    expect(isToolboxSdkError(caught, 'TOOLBOX_RECORD_NOT_FOUND')).toBe(true);
    expect(caught).toMatchObject({ statusCode: 404, message: 'No record no-such-record in collection visits' });
  });

  it('a collection the manifest does not declare: TOOLBOX_COLLECTION_NOT_FOUND, 404', async () => {
    const caught = await make()
      .undeclared.list()
      .catch((e: unknown) => e);
    expect(isToolboxSdkError(caught, 'TOOLBOX_COLLECTION_NOT_FOUND')).toBe(true);
    expect(caught).toMatchObject({ statusCode: 404, message: 'The manifest declares no collection named secrets' });
  });

  it('an update on a revision someone else has moved past: TOOLBOX_RECORD_CHANGED, 412, with the record as it is now', async () => {
    const client = make().visits;
    const created = await client.create({ resident: '张阿姨', date: '2026-03-02' });
    expect(created.revision).toBe(1);
    const first = await client.update(created.id, { resident: '张阿姨', date: '2026-03-03' }, { ifRevision: 1 });
    expect(first.revision).toBe(2);
    const caught = await client.update(created.id, { resident: '张阿姨', date: '2026-03-04' }, { ifRevision: 1 }).catch((e: unknown) => e);
    expect(isToolboxSdkError(caught, 'TOOLBOX_RECORD_CHANGED')).toBe(true);
    if (!isToolboxSdkError(caught, 'TOOLBOX_RECORD_CHANGED')) return;
    expect(caught).toMatchObject({ statusCode: 412, message: `Record ${created.id} of collection visits was changed after revision 1 was read (it is at revision 2 now): nothing was written` });
    expect(caught.current).toMatchObject({ id: created.id, revision: 2, data: { date: '2026-03-03' } });
    // Nothing written; on the revision it answered, the write goes through.
    expect((await client.get(created.id)).data.date).toBe('2026-03-03');
    expect((await client.update(created.id, { resident: '张阿姨', date: '2026-03-04' }, { ifRevision: caught.current.revision })).revision).toBe(3);
    // Without ifRevision, the last write wins.
    expect((await client.update(created.id, { resident: '张阿姨', date: '2026-03-05' })).revision).toBe(4);
    // A delete based on an older revision is refused alike, and deletes nothing; on the current one it deletes.
    const stale = await client.remove(created.id, { ifRevision: 3 }).catch((e: unknown) => e);
    expect(isToolboxSdkError(stale, 'TOOLBOX_RECORD_CHANGED')).toBe(true);
    expect(stale).toMatchObject({ statusCode: 412, current: { revision: 4 } });
    expect((await client.get(created.id)).revision).toBe(4);
    await client.remove(created.id, { ifRevision: 4 });
    expect(isToolboxSdkError(await client.get(created.id).catch((e: unknown) => e), 'TOOLBOX_RECORD_NOT_FOUND')).toBe(true);
  });

  it('a valid record is stored and read back the same way', async () => {
    const client = make().visits;
    const created = await client.create({ resident: '张阿姨', date: '2026-03-02' });
    expect((await client.get(created.id)).data).toEqual({ resident: '张阿姨', date: '2026-03-02' });
  });
});
