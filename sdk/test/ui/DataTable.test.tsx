// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable, type DataTableColumn } from '../../src/ui/index.ts';

interface Ticket {
  id: string;
  title: string;
  due: string;
  priority: number;
}

const rows: Ticket[] = [
  { id: 'a', title: '噪音扰民', due: '2026-03-05', priority: 2 },
  { id: 'b', title: '路灯不亮', due: '2026-03-01', priority: 10 },
  { id: 'c', title: '垃圾清运', due: '2026-03-03', priority: 1 },
];
const columns: DataTableColumn<Ticket>[] = [
  { key: 'title', title: '事项' },
  { key: 'due', title: '期限', sortable: true },
  { key: 'priority', title: '优先级', sortable: true, align: 'right' },
];

const firstColumn = () => screen.getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[0]?.textContent);

afterEach(cleanup);

describe('DataTable', () => {
  it('sorts by a column on click: ascending, descending, then back to the original order', () => {
    render(<DataTable columns={columns} rows={rows} />);
    const header = screen.getByRole('columnheader', { name: /期限/ });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn()).toEqual(['路灯不亮', '垃圾清运', '噪音扰民']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['噪音扰民', '垃圾清运', '路灯不亮']);
    fireEvent.click(within(header).getByRole('button'));
    expect(firstColumn()).toEqual(['噪音扰民', '路灯不亮', '垃圾清运']);
  });

  it('sorts numbers as numbers, not as text', () => {
    render(<DataTable columns={columns} rows={rows} initialSort={{ key: 'priority', direction: 'asc' }} />);
    expect(firstColumn()).toEqual(['垃圾清运', '噪音扰民', '路灯不亮']);
  });

  it('filters rows by the typed text and says when nothing matches', () => {
    render(<DataTable columns={columns} rows={rows} filterable />);
    const box = screen.getByLabelText('筛选');
    fireEvent.change(box, { target: { value: '路灯' } });
    expect(firstColumn()).toEqual(['路灯不亮']);
    expect(screen.getByText('共 1 条')).toBeTruthy();
    fireEvent.change(box, { target: { value: '不存在的事项' } });
    expect(screen.getByText('没有符合条件的记录')).toBeTruthy();
  });

  it('shows the empty state when there are no rows, and a loading line while loading', () => {
    const { rerender } = render(<DataTable columns={columns} rows={[]} loading />);
    expect(screen.getByText('加载中…')).toBeTruthy();
    rerender(<DataTable columns={columns} rows={[]} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    rerender(<DataTable columns={columns} rows={[]} empty="还没有工单" />);
    expect(screen.getByText('还没有工单')).toBeTruthy();
  });

  it('opens a row with the keyboard when rows are clickable', () => {
    const opened: string[] = [];
    render(<DataTable columns={columns} rows={rows} onRowClick={(r) => opened.push(r.id)} />);
    const row = screen.getAllByRole('row')[2]!;
    expect(row.tabIndex).toBe(0);
    fireEvent.keyDown(row, { key: 'Enter' });
    fireEvent.click(screen.getAllByRole('row')[1]!);
    expect(opened).toEqual(['b', 'a']);
  });
});
