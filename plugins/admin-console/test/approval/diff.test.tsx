import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureServerPerTest } from '../support/serverPerTest.ts';
import { renderConsole } from '../support/renderConsole.tsx';

const server = fixtureServerPerTest();

async function openVersion(name: string) {
  renderConsole(server.url, { section: 'approval' });
  const table = await screen.findByRole('table', { name: '待审核版本' });
  fireEvent.click(within(table).getByRole('button', { name }));
  return screen.findByRole('table', { name: '基本信息变化' });
}

/** The "before" and "after" cells of a row, as text, with the row's tag. */
function row(table: HTMLElement, selector: string) {
  const tr = table.querySelector(selector) as HTMLElement;
  expect(tr).not.toBeNull();
  const [from, to, tag] = within(tr).getAllByRole('cell');
  return { tr, from: from!, to: to!, tag: tag!.textContent };
}

describe('a version’s review page', () => {
  it('shows name, description and visibility before and after, naming the units', async () => {
    const overview = await openVersion('审核「走访记录」1.3.0');
    expect(screen.getByRole('heading', { level: 2, name: '走访记录 1.3.0' })).toBeTruthy();
    expect(screen.getByText('陈开发（华阳路街道）发布于 2026-03-02 09:30')).toBeTruthy();
    expect(screen.getByText('与现行版本 1.2.0 对比')).toBeTruthy();
    expect(screen.getByTestId('diff-summary').textContent).toBe('本次变化：简介、可见范围 · 数据集合 3 处 · 文件 4 个（+17.2 KB）');

    const name = row(overview, 'tr[data-field="name"]');
    expect([name.from.textContent, name.to.textContent, name.tag]).toEqual(['走访记录', '走访记录', '未变']);
    const description = row(overview, 'tr[data-field="description"]');
    expect([description.from.textContent, description.to.textContent, description.tag]).toEqual([
      '记录入户走访',
      '记录入户走访，可附照片',
      '有变化',
    ]);
    expect(description.to.className).toContain('ac-ap-differs');
    const visibility = row(overview, 'tr[data-field="visibility"]');
    expect(within(visibility.from).getByText('单位：华阳路街道')).toBeTruthy();
    expect(within(visibility.to).getByText('单位：华阳路街道、新泾镇')).toBeTruthy();
    expect(within(visibility.to).getByText('角色：工作人员')).toBeTruthy();
    expect(within(visibility.to).getByText('新增：新泾镇')).toBeTruthy();
    expect(visibility.tag).toBe('有变化');
    const entry = row(overview, 'tr[data-field="entry"]');
    expect(entry.tag).toBe('未变');
    expect(within(entry.to).getByText('平台托管的代码包')).toBeTruthy();
  });

  it('lists the collections’ field changes in words, and the whole schemas side by side', async () => {
    await openVersion('审核「走访记录」1.3.0');
    const visits = screen.getByRole('region', { name: '修改集合 visits' });
    const fields = within(visits).getByRole('table', { name: 'visits 字段' });
    const byField = (field: string) => {
      const tr = fields.querySelector(`tr[data-field="${field}"]`) as HTMLElement;
      const [change, from, to] = within(tr).getAllByRole('cell');
      return [change!.textContent, from!.textContent, to!.textContent];
    };
    expect(byField('address')).toEqual(['修改', '最长 50', '最长 200']);
    expect(byField('phone')).toEqual(['修改', '选填格式规则 （无）', '必填格式规则 ^1\\d{10}$']);
    expect(byField('note')).toEqual(['新增字段', '', '类型 文本']);
    // An unchanged field is not listed.
    expect(fields.querySelector('tr[data-field="visitedOn"]')).toBeNull();
    const json = within(visits).getByText('查看完整 Schema（JSON）').closest('details')!;
    expect(json.textContent).toContain('"maxLength": 50');
    expect(json.textContent).toContain('"maxLength": 200');

    const photos = screen.getByRole('region', { name: '新增集合 photos' });
    const url = within(photos).getByRole('table').querySelector('tr[data-field="url"]') as HTMLElement;
    expect(within(url).getByText('必填')).toBeTruthy();
    expect(within(url).getByText('格式 uri')).toBeTruthy();
    const drafts = screen.getByRole('region', { name: '删除集合 drafts' });
    expect(within(drafts).getByText(/该集合已有的记录不再能通过应用读取/)).toBeTruthy();
    expect(within(drafts).getByRole('table').querySelector('tr[data-field="text"]')).not.toBeNull();
  });

  it('lists the files added, removed and changed with their sizes and the total change', async () => {
    await openVersion('审核「走访记录」1.3.0');
    const files = screen.getByRole('table', { name: '文件' });
    const byPath = (path: string) => within(files.querySelector(`tr[data-file="${path}"]`) as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(byPath('assets/photos-3f2a.js')).toEqual(['新增', '14.0 KB', '+14.0 KB']);
    expect(byPath('assets/legacy-9c1d.js')).toEqual(['删除', '2.0 KB', '−2.0 KB']);
    expect(byPath('remoteEntry.js')).toEqual(['修改', '3.0 KB → 3.2 KB', '+200 B']);
    expect(byPath('assets/app-77aa.js')).toEqual(['修改', '117.2 KB → 122.2 KB', '+5.0 KB']);
    expect(screen.getByText('新增 1 · 删除 1 · 修改 2 · 未变 6')).toBeTruthy();
    // 14336 − 2048 + 200 + 5120 = 17608 bytes.
    expect(screen.getByText('总大小变化 +17.2 KB')).toBeTruthy();
  });

  it('highlights the new origin of an app deployed elsewhere, and warns about it', async () => {
    const overview = await openVersion('审核「12345 工单」2.1.0');
    expect(screen.getByRole('note').textContent).toBe('代码来源改变：该应用的代码将从新的地址加载，请确认对方可信。');
    const entry = row(overview, 'tr[data-field="entry"]');
    expect(entry.tag).toBe('有变化');
    const before = within(entry.from).getByTestId('origin');
    const after = within(entry.to).getByTestId('origin');
    expect(before.textContent).toBe('https://apps.huayang.example.cn');
    expect(after.textContent).toBe('https://cdn.vendor.example.com');
    expect(after.className).toContain('ac-ap-origin--changed');
    expect(before.className).not.toContain('ac-ap-origin--changed');
    const name = row(overview, 'tr[data-field="name"]');
    expect([name.from.textContent, name.to.textContent]).toEqual(['12345 工单', '12345 热线工单']);
    expect(row(overview, 'tr[data-field="visibility"]').to.textContent).toBe('所有用户');
    expect(screen.getByText('外部部署的应用不在平台存放文件')).toBeTruthy();
    expect(screen.getByTestId('diff-summary').textContent).toBe('本次变化：名称、入口');
    expect(screen.getByText('数据集合没有变化')).toBeTruthy();
  });

  it('shows a first version as all new, against nothing', async () => {
    const overview = await openVersion('审核「垃圾分类检查」1.0.0');
    expect(screen.getByText('该应用尚无上线版本，以下内容均为新增')).toBeTruthy();
    for (const field of ['name', 'description', 'visibility', 'entry']) {
      expect(row(overview, `tr[data-field="${field}"]`).tag).toBe('新增');
    }
    expect(row(overview, 'tr[data-field="entry"]').from.textContent).toBe('（无）');
    const checks = screen.getByRole('region', { name: '新增集合 checks' });
    expect(within(checks).getByText('可选值 A 点 / B 点')).toBeTruthy();
    expect(screen.getByText('总大小变化 +49.8 KB')).toBeTruthy();
  });

  it('never asks for the version’s code, only its diff', async () => {
    await openVersion('审核「走访记录」1.3.0');
    await screen.findByRole('table', { name: '文件' });
    const paths = server.received.map((r) => r.path);
    expect(paths).toContain('/api/apps/visit-log/versions/1.3.0/diff');
    expect(paths.filter((p) => p.startsWith('/bundles/') || p.endsWith('.js'))).toEqual([]);
  });
});
