import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '@toolbox/sdk/api/client';
import { FORM_TEMPLATES, type FormDefinition, formFields } from '@toolbox/sdk/forms';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { DesignerApi, OwnFormApp } from '../src/api/designerApi.ts';
import { DesignerApp } from '../src/DesignerApp.tsx';

afterEach(cleanup);

/** A registry in memory, answering as the server does (the real one is exercised in host/e2e/makerFlow.test.ts). */
function registry(options: { own?: OwnFormApp; counts?: Map<string, number>; refuse?: ApiError } = {}) {
  const published: FormDefinition[] = [];
  const api: DesignerApi = {
    ownFormApps: async () => (options.own ? [{ id: options.own.id, name: options.own.name }] : []),
    loadFormApp: async () => options.own!,
    publish: async (form) => {
      if (options.refuse) throw options.refuse;
      published.push(form);
      return { status: 'pending', version: form.version };
    },
    affectedRecords: async () => options.counts ?? new Map(),
  };
  return { api, published };
}

function renderDesigner(api: DesignerApi) {
  const toolbox = createMockToolbox({ user: { id: 'u-maker', name: '孙搭建', role: 'maker' } });
  render(
    <ToolboxProvider context={toolbox}>
      <DesignerApp api={api} />
    </ToolboxProvider>,
  );
}

const ledger = FORM_TEMPLATES.find((t) => t.id === 'hardship-ledger')!;

describe('应用搭建', () => {
  it('starts from a template: its fields in order, previewed by the form runtime', async () => {
    renderDesigner(registry().api);
    fireEvent.click(screen.getAllByRole('button', { name: '用这个模板' })[0]!);
    const items = document.querySelectorAll('.fd-item__label');
    expect([...items].map((i) => i.textContent?.replace(/\s*\*$/, ''))).toEqual(formFields(ledger).map((f) => f.label['zh-CN']));
    const preview = screen.getByRole('region', { name: '预览' });
    expect(within(preview).getByLabelText(/户主姓名/)).toBeTruthy();
  });

  it('shows a problem beside the field it names, and the publish tab lists it', async () => {
    renderDesigner(registry().api);
    fireEvent.click(screen.getByRole('button', { name: '从空白开始' }));
    const props = screen.getByRole('region', { name: '名称' });
    fireEvent.change(within(props).getByLabelText('名称'), { target: { value: '' } });
    const problems = await screen.findAllByRole('alert');
    expect(problems.some((p) => /名称|label/.test(p.textContent ?? ''))).toBe(true);
    expect(document.querySelector('.fd-item--bad')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: /检查并发布/ }));
    expect(screen.getByText(/处需要修改，改好才能发布/)).toBeTruthy();
    expect((screen.getByRole('button', { name: '发布，提交审核' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('copies the selected field below it and selects the copy', async () => {
    renderDesigner(registry().api);
    fireEvent.click(screen.getByRole('button', { name: '从空白开始' }));
    const props = screen.getByRole('region', { name: '名称' });
    fireEvent.click(within(props).getByRole('button', { name: '复制字段' }));
    await screen.findByRole('region', { name: '名称（副本）' });
    expect([...document.querySelectorAll('.fd-item__label')].map((e) => e.textContent)).toEqual(['名称 *', '名称（副本） *']);
    expect(document.querySelector('.fd-item--selected .fd-item__label')?.textContent).toBe('名称（副本） *');
  });

  it('a removed field needs a decision, with the records it affects; moving its values is what gets published', async () => {
    const v1 = structuredClone({ ...ledger, id: 'hardship-hy' });
    const { api, published } = registry({ own: { id: 'hardship-hy', name: v1.name['zh-CN'], current: v1, latest: v1, latestVersion: '1.0.0', latestStatus: 'approved' }, counts: new Map([['nextVisitOn', 7]]) });
    renderDesigner(api);
    fireEvent.click(await screen.findByRole('button', { name: '修改' }));
    await screen.findByText('正在编辑版本 1.1.0');
    fireEvent.click(screen.getByText('下次回访', { selector: '.fd-item__label' }));
    fireEvent.click(screen.getByRole('button', { name: '删除字段' }));
    fireEvent.click(screen.getByRole('tab', { name: /检查并发布/ }));
    await screen.findByText('（影响 7 条记录）');
    const publish = screen.getByRole('button', { name: '发布，提交审核' }) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('把旧值迁移到 (nextVisitOn)'), { target: { value: 'registeredOn' } });
    await waitFor(() => expect(publish.disabled).toBe(false));
    fireEvent.click(publish);
    await screen.findByText(/已发布 1.1.0，等待管理员审核/);
    expect(published).toHaveLength(1);
    expect(published[0]!.retired).toEqual([expect.objectContaining({ key: 'nextVisitOn', movedTo: 'registeredOn' })]);
    expect(formFields(published[0]!).some((f) => f.key === 'nextVisitOn')).toBe(false);
  });

  it('says in words why the server refused a publish', async () => {
    const refuse = new ApiError({ statusCode: 409, code: 'TOOLBOX_FORM_RUNTIME_MISSING', error: 'Conflict', message: 'form runtime "form-runtime" is not published' });
    renderDesigner(registry({ refuse }).api);
    fireEvent.click(screen.getByRole('button', { name: '从空白开始' }));
    fireEvent.click(screen.getByRole('button', { name: '发布…' }));
    fireEvent.click(screen.getByRole('button', { name: '发布，提交审核' }));
    expect(await screen.findByText('表单运行器还没有上线，请联系区城运中心管理员。')).toBeTruthy();
  });
});
