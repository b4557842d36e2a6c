import { describe, expect, it } from 'vitest';
import { type FormDefinition, formFields, retireField } from '@toolbox/sdk/forms';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { publishApp } from '../helpers/bundles.ts';
import { testEngines } from '../helpers/engines.ts';
import type { Session } from '../helpers/login.ts';
import { createAndSignIn } from '../org/orgHelpers.ts';
import { review } from '../review-before-live/support.ts';
import { goodRecord, ledger, publishForm } from './formSupport.ts';

/** Version 1.1.0 of the ledger: `needs` retired, its values moved into a new, longer field `story`. */
function movingNeeds(): FormDefinition {
  const v1 = ledger();
  const next = ledger({ version: '1.1.0' });
  const section = next.sections[1]!;
  section.fields = section.fields.filter((f) => f.key !== 'needs');
  section.fields.unshift({ key: 'story', kind: 'textarea', label: { 'zh-CN': '困难情况', en: 'Situation' }, maxLength: 2000 });
  return retireField(next, formFields(v1).find((f) => f.key === 'needs')!, { action: 'moveTo', field: 'story' });
}

describe.each(testEngines)('moving retired values when a form version goes live (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [admin, staff] = signedInPerTest(t, 'admin', 'staff');

  async function withRecords(): Promise<{ maker: Session; ids: string[] }> {
    expect((await publishApp(t.app, admin.headers, 'form-runtime')).statusCode).toBe(201);
    const { session: maker } = await createAndSignIn(t.app, admin, { username: 'maker1', name: '搭建员', unitId: 'huayanglu-01', role: 'maker' });
    expect((await publishForm(t.app, maker, ledger())).statusCode).toBe(201);
    expect((await review(t.app, admin, 'hardship-hy', '1.0.0', 'approve')).statusCode).toBe(200);
    const ids: string[] = [];
    for (const needs of ['医药费负担重', '房租拖欠三个月']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/apps/hardship-hy/data/records', headers: staff.headers, payload: goodRecord({ needs }) });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json<{ id: string }>().id);
    }
    return { maker, ids };
  }
  const read = async (id: string) => (await t.app.inject({ url: `/api/apps/hardship-hy/data/records/${id}`, headers: staff.headers })).json<{ data: Record<string, unknown> }>().data;

  it('copies the old values into the target on approval, keeping them under the retired key; nothing moves while pending', async () => {
    const { maker, ids } = await withRecords();
    const published = await publishForm(t.app, maker, movingNeeds());
    expect(published.statusCode, published.body).toBe(201);
    expect((await read(ids[0]!)).story).toBeUndefined();
    expect((await review(t.app, admin, 'hardship-hy', '1.1.0', 'approve')).statusCode).toBe(200);
    expect(await read(ids[0]!)).toMatchObject({ needs: '医药费负担重', story: '医药费负担重' });
    expect(await read(ids[1]!)).toMatchObject({ needs: '房租拖欠三个月', story: '房租拖欠三个月' });
  });

  it('moves at once when a trusted unit publishes, and a later version does not move again over what staff wrote', async () => {
    const { ids } = await withRecords();
    const res = await publishForm(t.app, admin, movingNeeds());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().version.status).toBe('approved');
    expect(await read(ids[1]!)).toMatchObject({ needs: '房租拖欠三个月', story: '房租拖欠三个月' });
    const edited = await t.app.inject({ method: 'PUT', url: `/api/apps/hardship-hy/data/records/${ids[1]}`, headers: staff.headers, payload: { ...(await read(ids[1]!)), story: '已改写' } });
    expect(edited.statusCode, edited.body).toBe(200);
    // 1.2.0 keeps the retired entry; the move is not repeated over what staff wrote since.
    const again = await publishForm(t.app, admin, { ...movingNeeds(), version: '1.2.0' });
    expect(again.statusCode, again.body).toBe(201);
    expect(await read(ids[1]!)).toMatchObject({ needs: '房租拖欠三个月', story: '已改写' });
  });

  it.runIf(engine === 'postgres')('moves a record a clerk changed while the version went live, from what the clerk saved, without failing the approval', async () => {
    const { maker, ids } = await withRecords();
    expect((await publishForm(t.app, maker, movingNeeds())).statusCode).toBe(201);
    // The clerk's write holds the record's row, uncommitted, while the approval reads the records and moves their values.
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    let clerkWrote!: () => void;
    const wrote = new Promise<void>((resolve) => (clerkWrote = resolve));
    const clerk = t.app.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('records').selectAll().where('id', '=', ids[0]!).executeTakeFirstOrThrow();
      const data = { ...JSON.parse(row.data), name: '李桂芳' };
      await trx.updateTable('records').set({ data: JSON.stringify(data), revision: row.revision + 1 }).where('id', '=', row.id).execute();
      clerkWrote();
      await held;
    });
    await wrote;
    const approval = review(t.app, admin, 'hardship-hy', '1.1.0', 'approve');
    await new Promise((resolve) => setTimeout(resolve, 500));
    commit();
    await clerk;
    const res = await approval;
    expect(res.statusCode, res.body).toBe(200);
    expect(await read(ids[0]!)).toMatchObject({ name: '李桂芳', needs: '医药费负担重', story: '医药费负担重' });
    expect(await read(ids[1]!)).toMatchObject({ story: '房租拖欠三个月' });
  });

  it('moves the values of records in the bin too, so one restored after the version went live has them in the new field', async () => {
    const { maker, ids } = await withRecords();
    const url = `/api/apps/hardship-hy/data/records/${ids[0]}`;
    expect((await t.app.inject({ method: 'DELETE', url, headers: staff.headers })).statusCode).toBe(204);
    expect((await publishForm(t.app, maker, movingNeeds())).statusCode).toBe(201);
    expect((await review(t.app, admin, 'hardship-hy', '1.1.0', 'approve')).statusCode).toBe(200);
    const bin = (await t.app.inject({ url: '/api/apps/hardship-hy/data/records/deleted', headers: staff.headers })).json<{ items: { id: string; data: Record<string, unknown> }[] }>();
    expect(bin.items.find((r) => r.id === ids[0])?.data).toMatchObject({ needs: '医药费负担重', story: '医药费负担重' });
    const restored = await t.app.inject({ method: 'POST', url: `/api/apps/hardship-hy/data/records/deleted/${ids[0]}/restore`, headers: staff.headers });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(await read(ids[0]!)).toMatchObject({ needs: '医药费负担重', story: '医药费负担重' });
    // Found by the new field's values, as the live records are.
    const found = await t.app.inject({ url: `/api/apps/hardship-hy/data/records?filter=${encodeURIComponent('story:eq:医药费负担重')}`, headers: staff.headers });
    expect(found.json<{ items: { id: string }[] }>().items.map((r) => r.id)).toEqual([ids[0]]);
  });
});
