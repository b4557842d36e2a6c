// Two clerks, one household: a save or a step based on a record someone else saved meanwhile is refused by the data
// API (TOOLBOX_RECORD_CHANGED, here from the SDK's test double, which refuses as the registry does), and the runtime
// loses neither person's work: the edit is carried onto their version to check and save again, a step is not taken.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays } from '@toolbox/sdk';
import { FORM_COLLECTION, FORM_TEMPLATES, type FormDefinition } from '@toolbox/sdk/forms';
import type { MockToolbox } from '@toolbox/sdk/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { demoRecords } from '../preview/demoRecords.ts';
import { renderRuntime, stored } from './renderRuntime.tsx';

afterEach(cleanup);
const hardship = FORM_TEMPLATES[0] as FormDefinition;
const seed = demoRecords['hardship-ledger'] ?? [];
// The 下次回访 this clerk enters: the day after the one stored (the seed counts its dates from today), so it differs
// from it on any day.
const clerksDate = addDays(String(seed.find((r) => r.name === '王秀英')?.nextVisitOn), 1);

/** What another clerk does meanwhile: writes the named household's record as it is now, changed by `change`. */
async function elsewhere(toolbox: MockToolbox, name: string, change: Record<string, unknown>) {
  const client = toolbox.data.collection(FORM_COLLECTION);
  const record = (await client.list({ limit: 500 })).find((r) => (r.data as { name?: string }).name === name)!;
  return client.update(record.id, { ...record.data, ...change });
}

const storedOf = async (toolbox: MockToolbox, name: string) => (await stored(toolbox)).find((r) => r.name === name);

async function editRecord(name: string) {
  fireEvent.click(await screen.findByRole('cell', { name }));
  fireEvent.click(await screen.findByRole('button', { name: '修改' }));
  return screen.findByLabelText('下次回访');
}

describe('a save based on a record someone else saved meanwhile', () => {
  it('writes nothing, puts their change into the form beside the clerk’s own, and saves both on the next 保存', async () => {
    const toolbox = renderRuntime(hardship, { seed });
    fireEvent.change(await editRecord('王秀英'), { target: { value: clerksDate } });
    await elsewhere(toolbox, '王秀英', { phone: '13912345678' });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const notice = await screen.findByText('这条记录在您修改时已被他人保存，您的修改还没有保存');
    const box = notice.closest('[role="alert"], [role="status"], .tbx-notice') as HTMLElement;
    expect(box.textContent).toContain('对方改了：联系电话。');
    expect(box.textContent).toContain('对方的修改已填入下面的表单，您填写的内容也都还在');
    // Nothing written by this save: the record holds the other change only.
    expect(await storedOf(toolbox, '王秀英')).toMatchObject({ phone: '13912345678' });
    expect((await storedOf(toolbox, '王秀英'))?.nextVisitOn).not.toBe(clerksDate);
    // The form now has both: their phone, this clerk's date.
    expect((screen.getByLabelText(/联系电话/) as HTMLInputElement).value).toBe('13912345678');
    expect((screen.getByLabelText('下次回访') as HTMLInputElement).value).toBe(clerksDate);

    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('group', { name: '办理' });
    expect(await storedOf(toolbox, '王秀英')).toMatchObject({ phone: '13912345678', nextVisitOn: clerksDate, status: 'helping' });
    expect(toolbox.notices.at(-1)).toEqual({ type: 'success', message: '已保存' });
  });

  it('names a field both changed, with the other value, keeps the clerk’s, and can show the latest record instead', async () => {
    const toolbox = renderRuntime(hardship, { seed });
    await editRecord('王秀英');
    fireEvent.change(screen.getByLabelText(/联系电话/), { target: { value: '13700000001' } });
    await elsewhere(toolbox, '王秀英', { phone: '13912345678' });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('“联系电话”双方都改了，表单里是您填的；对方填的是“13912345678”。')).toBeTruthy();
    expect((screen.getByLabelText(/联系电话/) as HTMLInputElement).value).toBe('13700000001');

    fireEvent.click(screen.getByRole('button', { name: '放弃我的修改，查看最新记录' }));
    await screen.findByRole('group', { name: '办理' });
    expect(screen.getAllByText('13912345678').length).toBeGreaterThan(0);
    expect(screen.queryByText('13700000001')).toBeNull();
    expect(await storedOf(toolbox, '王秀英')).toMatchObject({ phone: '13912345678' });
  });

  it('reads in English', async () => {
    const toolbox = renderRuntime(hardship, { seed, locale: 'en' });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.change(await screen.findByLabelText('Next visit'), { target: { value: clerksDate } });
    await elsewhere(toolbox, '王秀英', { phone: '13912345678', needs: '腿脚不便' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone else saved this record while you were editing it: your changes are not saved yet')).toBeTruthy();
    expect(screen.getByText(/They changed: Needs, Phone\./)).toBeTruthy();
  });
});

describe('a step taken on a page someone else changed meanwhile', () => {
  it('is not taken: the page shows the record as it is now and says who moved it', async () => {
    const toolbox = renderRuntime(hardship, { seed });
    fireEvent.click(await screen.findByRole('cell', { name: '李建军' }));
    const steps = await screen.findByRole('group', { name: '办理' });
    // Another clerk found the household ineligible while this page was open on 待核实.
    await elsewhere(toolbox, '李建军', { status: 'ineligible' });
    fireEvent.click(within(steps).getByRole('button', { name: '核实通过，开始帮扶' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.type).toBe('warning'));
    // The double keeps no history, so no name: "他人".
    expect(toolbox.notices.at(-1)?.message).toBe('这条记录刚被他人修改过（现在是“不符合条件”），没有办理。请看过最新内容后再办理。');
    expect((await storedOf(toolbox, '李建军'))?.status).toBe('ineligible');
    await waitFor(() => expect(within(screen.getByRole('group', { name: '办理' })).queryByRole('button', { name: '核实通过，开始帮扶' })).toBeNull());
  });

  it('删除 on a page someone else changed meanwhile deletes nothing and shows the record as it is now', async () => {
    // A desktop's bin (the test double has none, so no 删除 without it): empty, never used here.
    const bin = { deleted: async () => ({ items: [], total: 0 }), restore: async () => Promise.reject(new Error('unused')), purge: async () => {} };
    const toolbox = renderRuntime(hardship, { seed, bin: bin as never });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    fireEvent.click(await screen.findByRole('button', { name: '删除' }));
    await elsewhere(toolbox, '王秀英', { phone: '13912345678' });
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.type).toBe('warning'));
    expect(toolbox.notices.at(-1)?.message).toBe('这条记录刚被他人修改过，没有删除。请看过最新内容后再决定是否删除。');
    expect(await storedOf(toolbox, '王秀英')).toMatchObject({ phone: '13912345678' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getAllByText('13912345678').length).toBeGreaterThan(0);
  });

  it('批量办理 leaves a record changed since the list was read, and says why', async () => {
    const toolbox = renderRuntime(hardship, { seed });
    await screen.findByRole('cell', { name: '郑丽娟' });
    fireEvent.click(screen.getByRole('checkbox', { name: '选择“李建军”' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '选择“郑丽娟”' }));
    await elsewhere(toolbox, '郑丽娟', { phone: '13912345678' });
    fireEvent.click(within(screen.getByRole('group', { name: '批量办理' })).getByRole('button', { name: '不符合条件' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '办理 2 条' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.type).toBe('warning'));
    expect(toolbox.notices.at(-1)?.message).toBe('1 条已转为“不符合条件”，1 条没有办理：记录刚被他人修改过，请刷新列表后再办理');
    expect((await storedOf(toolbox, '郑丽娟'))?.status).toBe('pending');
    expect((await storedOf(toolbox, '李建军'))?.status).toBe('ineligible');
  });
});
