import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { addDays, type CollectionClient, shanghaiDay, shanghaiMonth, ToolboxSdkError } from '@toolbox/sdk';
import { recordQueryParams } from '@toolbox/sdk/data';
import { definitionToCollectionSchema, FORM_COLLECTION, FORM_TEMPLATES, type FormDefinition } from '@toolbox/sdk/forms';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { demoRecords } from '../preview/demoRecords.ts';
import { FormAppRoot } from '../src/FormAppRoot.tsx';

afterEach(cleanup);
const hardship = FORM_TEMPLATES[0] as FormDefinition;

/** The runtime over the SDK's in-memory data, given an export link as the desktop's collection client has one. */
function renderWithExport(
  seed: Record<string, unknown>[],
  { olderDesktop = false, definition = hardship, checkExport }: { olderDesktop?: boolean; definition?: FormDefinition; checkExport?: CollectionClient<unknown>['checkExport'] } = {},
) {
  const toolbox = createMockToolbox({
    manifest: { id: definition.id, name: definition.name, version: definition.version, collections: { [FORM_COLLECTION]: definitionToCollectionSchema(definition) } },
    seed: { [FORM_COLLECTION]: seed },
  });
  const data = toolbox.data;
  const withExport: typeof data = {
    collection<T>(name: string): CollectionClient<T> {
      const client = data.collection<T>(name);
      const exportUrl: CollectionClient<T>['exportUrl'] = (query, format, locale) => `/export/${name}?format=${format}&lang=${locale}&${recordQueryParams(query).toString()}`;
      // A desktop older than `monthBy`: its stats take the field alone and count by month of creation.
      return { ...client, exportUrl, checkExport, ...(olderDesktop ? { stats: (field?: string) => client.stats!(field) } : {}) };
    },
  };
  render(
    <ToolboxProvider context={{ ...toolbox, data: withExport }}>
      <FormAppRoot definition={definition} />
    </ToolboxProvider>,
  );
  return toolbox;
}

describe('export and the counts chart', () => {
  it('offers 导出 Excel and 导出 CSV of what the filters select, every page, in the user’s language', async () => {
    renderWithExport(demoRecords['hardship-ledger'] ?? []);
    await screen.findByRole('table');
    const xlsx = screen.getByRole('link', { name: '导出 Excel' });
    expect(xlsx.getAttribute('href')).toBe('/export/records?format=xlsx&lang=zh-CN&sort=-registeredOn');
    fireEvent.click(screen.getByRole('button', { name: /^帮扶中/ }));
    await waitFor(() => expect(screen.getByRole('link', { name: '导出 CSV' }).getAttribute('href')).toContain('filter=status%3Aeq%3Ahelping'));
    const csv = new URL(screen.getByRole('link', { name: '导出 CSV' }).getAttribute('href') ?? '', 'http://x');
    expect(csv.searchParams.get('format')).toBe('csv');
    expect(csv.searchParams.has('limit')).toBe(false);
    expect(csv.searchParams.has('offset')).toBe(false);
    await waitFor(() => expect(screen.getByRole('link', { name: '导出 CSV' }).getAttribute('title')).toBe('按当前筛选导出 3 条记录'));
    // The ledger has no photo field: nothing to pack with the workbook.
    expect(screen.queryByRole('link', { name: '导出（含照片）' })).toBeNull();
  });

  it('offers 导出（含照片） where the form has a photo field: the workbook and the photos of what the filters select', async () => {
    const ebike = FORM_TEMPLATES.find((f) => f.id === 'ebike-charging') as FormDefinition;
    renderWithExport(demoRecords['ebike-charging'] ?? [], { definition: ebike });
    await screen.findByRole('table');
    const zip = screen.getByRole('link', { name: '导出（含照片）' });
    expect(zip.getAttribute('href')).toBe('/export/records?format=zip&lang=zh-CN&sort=-foundOn');
    expect(zip.hasAttribute('download')).toBe(true);
    const count = (demoRecords['ebike-charging'] ?? []).length;
    await waitFor(() => expect(screen.getByRole('link', { name: '导出（含照片）' }).getAttribute('title')).toBe(`把 ${count} 条记录的表格和照片打包为一个 ZIP 文件下载`));
  });

  it('asks the registry first: a refusal is said in a notice, not left to a failed download; a yes downloads', async () => {
    const ebike = FORM_TEMPLATES.find((f) => f.id === 'ebike-charging') as FormDefinition;
    let answer: Promise<void> = Promise.reject(new ToolboxSdkError('TOOLBOX_EXPORT_PHOTOS_TOO_LARGE', ['The export would carry 4000 photos (1.2 GiB), more than 1024.0 MiB of photos']));
    answer.catch(() => {});
    const asked: unknown[][] = [];
    const toolbox = renderWithExport(demoRecords['ebike-charging'] ?? [], {
      definition: ebike,
      checkExport: (query, format) => {
        asked.push([query, format]);
        return answer;
      },
    });
    await screen.findByRole('table');
    const zip = screen.getByRole('link', { name: '导出（含照片）' });
    // Every click that reaches the link: the clerk's, and the download's own once the registry said yes.
    let clicks = 0;
    let followed = 0;
    // (On the document: React's own handler, on its root below, has run by then.)
    const count = (e: MouseEvent) => {
      if (e.target !== zip) return;
      clicks += 1;
      if (!e.defaultPrevented) followed += 1;
      e.preventDefault(); // jsdom cannot download; the browser test does (host/e2e/formPhotos.test.ts)
    };
    document.addEventListener('click', count);
    fireEvent.click(zip);
    await waitFor(() => expect(toolbox.notices.at(-1)).toEqual({ type: 'error', message: '这些记录的照片合计超过 1 GB，不能一次导出：请先按月份、状态等筛选，分几次导出' }));
    expect(asked).toEqual([[{ sort: { field: 'foundOn', direction: 'desc' } }, 'zip']]);
    expect([clicks, followed]).toEqual([1, 0]);

    // More rows than an export holds (the list's count was stale): said as the list would say it.
    answer = Promise.reject(new ToolboxSdkError('TOOLBOX_EXPORT_TOO_LARGE', ['The export would hold 50001 rows, more than 50000: narrow the filters']));
    answer.catch(() => {});
    fireEvent.click(zip);
    await waitFor(() => expect(toolbox.notices.at(-1)).toEqual({ type: 'error', message: '一次最多导出 50,000 条，请先缩小筛选范围' }));
    expect([clicks, followed]).toEqual([2, 0]);

    answer = Promise.resolve();
    const notices = toolbox.notices.length;
    fireEvent.click(zip);
    await waitFor(() => expect(clicks).toBe(4));
    expect(followed).toBe(1);
    expect(toolbox.notices).toHaveLength(notices);
    document.removeEventListener('click', count);
  });

  it('has no export links where the data API has none (the test double alone)', async () => {
    const toolbox = createMockToolbox({
      manifest: { id: hardship.id, name: hardship.name, version: hardship.version, collections: { [FORM_COLLECTION]: definitionToCollectionSchema(hardship) } },
      seed: { [FORM_COLLECTION]: demoRecords['hardship-ledger'] ?? [] },
    });
    render(
      <ToolboxProvider context={toolbox}>
        <FormAppRoot definition={hardship} />
      </ToolboxProvider>,
    );
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: '导出 Excel' })).toBeNull();
  });

  it('shows counts by month and by state, as a table where no canvas can be drawn (jsdom)', async () => {
    // Registered over the last eight months, counted from today (so on any day), every one made just now.
    const seed = (demoRecords['hardship-ledger'] ?? []).map((r, i) => ({ ...r, registeredOn: addDays(shanghaiDay(), -31 * i) }));
    renderWithExport(seed);
    // By the form's 登记日期 (its date filled with today), not the month a record was made: an imported ledger's
    // records were all made on the day of the import.
    const months = await screen.findByRole('figure', { name: '每月登记（按登记日期）' }, { timeout: 10_000 });
    const rows = [...months.querySelectorAll('dl > div')].map((r) => [r.querySelector('dt')?.textContent ?? '', Number(r.querySelector('dd')?.textContent)] as const);
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)?.[0]).toBe(shanghaiMonth());
    expect(rows).toEqual(rows.map(([month]) => [month, seed.filter((r) => String(r.registeredOn).startsWith(month)).length]));
    expect(rows.reduce((n, [, count]) => n + count, 0)).toBe(seed.length);
    expect(rows.filter(([, count]) => count > 0).length).toBeGreaterThan(6);
    cleanup();
    // On a desktop that counts by month of creation whatever it is asked, the caption says so: all made just now.
    renderWithExport(seed, { olderDesktop: true });
    const created = await screen.findByRole('figure', { name: '每月登记' }, { timeout: 10_000 });
    expect(created.querySelector('dl > div:last-child')?.textContent).toBe(`${shanghaiMonth()}${seed.length}`);
    const states = screen.getByRole('figure', { name: '各状态' });
    expect([...states.querySelectorAll('dl > div')].map((r) => r.textContent)).toEqual(['待核实2', '帮扶中3', '已结案2', '不符合条件1']);
    // The records' table stays the page's only table.
    expect(screen.getAllByRole('table')).toHaveLength(1);
  });
});
