// 删除 and 已删除的记录: a record's page asks before deleting and says for how long it can be restored; the bin lists
// what was deleted, by whom and for how many more days, and 恢复 puts it back. Only where the desktop keeps a bin.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CollectionClient, DataRecord, DeletedRecord } from '@toolbox/sdk';
import { DELETED_RECORD_DAYS } from '@toolbox/sdk/api';
import { FORM_COLLECTION, FORM_TEMPLATES, type FormDefinition } from '@toolbox/sdk/forms';
import { afterEach, describe, expect, it } from 'vitest';
import { demoRecords } from '../preview/demoRecords.ts';
import { KEPT_DAYS } from '../src/DeletedRecords.tsx';
import { renderRuntime } from './renderRuntime.tsx';

afterEach(cleanup);
const hardship = FORM_TEMPLATES[0] as FormDefinition;
const seed = demoRecords['hardship-ledger'] ?? [];
const DAY_MS = 86_400_000;
// The first column of each row (after the box that picks it for 批量办理).
const names = () => screen.getAllByRole('row').slice(1).map((row) => row.querySelector('td:not(.fr-select)')?.textContent);

/**
 * A desktop's bin over the test double: what was deleted is what is no longer stored, deleted by 王芳 an hour ago;
 * restoring stores it again (the double cannot keep its id, so a restored record has a new one); erasing forgets it.
 */
function binOver(records: () => CollectionClient, all: () => DataRecord[]) {
  const restored: string[] = [];
  const asked: string[] = [];
  const erased: string[] = [];
  const bin: Pick<CollectionClient, 'deleted' | 'restore' | 'purge'> = {
    deleted: async () => {
      const live = new Set((await records().list({ limit: 500 })).map((r) => r.id));
      const deletedAt = new Date(Date.now() - 3_600_000);
      const items: DeletedRecord[] = all()
        .filter((r) => !live.has(r.id) && !restored.includes(r.id) && !erased.includes(r.id))
        .map((r) => ({ ...r, revision: r.revision ?? 1, deletedAt: deletedAt.toISOString(), deletedBy: { id: 'u-1', name: '王芳' }, purgeAt: new Date(deletedAt.getTime() + DELETED_RECORD_DAYS * DAY_MS).toISOString() }));
      return { items, total: items.length };
    },
    restore: async (id) => {
      asked.push(id);
      const record = all().find((r) => r.id === id)!;
      restored.push(id);
      return records().create(record.data);
    },
    purge: async (id) => {
      erased.push(id);
    },
  };
  return { bin, asked, erased };
}

/** The runtime over the test double with that bin, and the records it starts with. */
async function renderWithBin() {
  let before: DataRecord[] = [];
  const client = () => toolbox.data.collection(FORM_COLLECTION);
  const fake = binOver(client, () => before);
  const toolbox = renderRuntime(hardship, { seed, bin: fake.bin });
  before = await client().list({ limit: 500 });
  return { ...fake, toolbox, client, before };
}

/** Deletes `name`'s record from its page, answering 删除 to the question, and waits for the list without it. */
async function deleteRecordOf(name: string) {
  fireEvent.click(await screen.findByRole('cell', { name }));
  fireEvent.click(await screen.findByRole('button', { name: '删除' }));
  fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '删除' }));
  await waitFor(() => expect(names()).not.toContain(name));
}

describe('删除 and 已删除的记录', () => {
  it('keeps the runtime’s days equal to the contract’s', () => {
    expect(KEPT_DAYS).toBe(DELETED_RECORD_DAYS);
  });

  it('asks before deleting, says it can be restored, and restores it from the bin', async () => {
    const { toolbox, client, before, asked } = await renderWithBin();
    await screen.findByRole('table');
    await waitFor(() => expect(names()[0]).toBe('王秀英'));

    fireEvent.click(screen.getByRole('cell', { name: '王秀英' }));
    fireEvent.click(await screen.findByRole('button', { name: '删除' }));
    const dialog = await screen.findByRole('dialog', { name: '删除“王秀英”的记录？' });
    expect(dialog.textContent).toContain(`${DELETED_RECORD_DAYS} 天内可以在列表下方的“已删除的记录”里恢复`);
    // Focus starts on 取消, and Escape closes it: nothing is deleted.
    expect(document.activeElement?.textContent).toBe('取消');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await client().list({ limit: 500 })).length).toBe(before.length);

    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.message).toBe(`已删除“王秀英”的记录，${DELETED_RECORD_DAYS} 天内可在“已删除的记录”里恢复`));
    await waitFor(() => expect(names()).not.toContain('王秀英'));
    expect(names()).toHaveLength(before.length - 1);

    fireEvent.click(screen.getByRole('button', { name: '已删除的记录' }));
    expect(await screen.findByRole('heading', { level: 2, name: '已删除的记录' })).toBeTruthy();
    const row = await screen.findByRole('row', { name: /王秀英/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '王秀英',
      '低保家庭',
      '帮扶中',
      '王芳',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      `还有 ${DELETED_RECORD_DAYS} 天`,
      '恢复彻底删除',
    ]);
    fireEvent.click(within(row).getByRole('button', { name: '恢复“王秀英”' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.message).toBe('已恢复“王秀英”的记录'));
    expect(asked).toEqual([before.find((r) => r.data.name === '王秀英')?.id]);
    expect(await screen.findByText(`最近 ${DELETED_RECORD_DAYS} 天没有删除的记录`)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '返回列表' }));
    await waitFor(() => expect(names()).toContain('王秀英'));
  });

  it('erases a deleted record for good after asking, and not when the clerk cancels', async () => {
    const { toolbox, before, erased } = await renderWithBin();
    await deleteRecordOf('王秀英');
    fireEvent.click(screen.getByRole('button', { name: '已删除的记录' }));

    fireEvent.click(await screen.findByRole('button', { name: '彻底删除“王秀英”' }));
    const dialog = await screen.findByRole('dialog', { name: '彻底删除“王秀英”的记录？' });
    expect(dialog.textContent).toContain('彻底删除后不能再恢复，照片也一起删除');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(erased).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '彻底删除“王秀英”' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '彻底删除' }));
    await waitFor(() => expect(toolbox.notices.at(-1)).toEqual({ type: 'success', message: '已彻底删除“王秀英”的记录' }));
    expect(erased).toEqual([before.find((r) => r.data.name === '王秀英')?.id]);
    expect(await screen.findByText(`最近 ${DELETED_RECORD_DAYS} 天没有删除的记录`)).toBeTruthy();
  });

  it('warns when the restored record’s 身份证号 was entered again meanwhile', async () => {
    const { toolbox, client, before } = await renderWithBin();
    const wang = before.find((r) => r.data.name === '王秀英')!;
    await deleteRecordOf('王秀英');
    // Entered again, by another name, while the first was deleted.
    await client().create({ ...wang.data, name: '王秀瑛' });
    fireEvent.click(screen.getByRole('button', { name: '已删除的记录' }));
    fireEvent.click(await screen.findByRole('button', { name: '恢复“王秀英”' }));
    await waitFor(() => expect(toolbox.notices.at(-1)).toEqual({ type: 'warning', message: '恢复的记录和台账里“王秀瑛”的身份证号相同，请核对是否登记重复了' }));
  });

  it('says so when the record cannot be deleted, and stays on its page', async () => {
    const { bin } = binOver(
      () => toolbox.data.collection(FORM_COLLECTION),
      () => [],
    );
    const toolbox = renderRuntime(hardship, {
      seed,
      bin: {
        ...bin,
        remove: async () => {
          throw new Error('网络中断');
        },
      },
    });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    fireEvent.click(await screen.findByRole('button', { name: '删除' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(toolbox.notices.at(-1)).toEqual({ type: 'error', message: '没有删除：网络中断' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { name: /王秀英/ })).toBeTruthy();
    expect(await toolbox.data.collection(FORM_COLLECTION).list({ limit: 500 })).toHaveLength(seed.length);
  });

  it('offers neither where the desktop keeps no bin', async () => {
    renderRuntime(hardship, { seed });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    await screen.findByRole('button', { name: '修改' });
    expect(screen.queryByRole('button', { name: '删除' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '返回列表' }));
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: '已删除的记录' })).toBeNull();
  });
});
