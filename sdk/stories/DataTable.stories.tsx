import type { Meta, StoryObj } from '@storybook/react-vite';
import { DataTable, EmptyState, StatusTag, WarningIcon, type DataTableColumn } from '../src/ui/index.ts';

interface Visit {
  id: string;
  residentName: string;
  category: string;
  visitDate: string;
  address: string;
  needsFollowUp: boolean;
}

const rows: Visit[] = [
  { id: '1', residentName: '王阿婆', category: '独居老人', visitDate: '2026-03-02', address: '华阳路 112 弄 3 号 401', needsFollowUp: true },
  { id: '2', residentName: '李老伯', category: '高龄老人', visitDate: '2026-03-01', address: '姚家角 25 号 201', needsFollowUp: false },
  { id: '3', residentName: '陈家', category: '困难家庭', visitDate: '2026-02-27', address: '西镇路 8 弄 12 号 102', needsFollowUp: true },
  { id: '4', residentName: '赵先生', category: '残疾人', visitDate: '2026-02-25', address: '秀水路 66 号 1203', needsFollowUp: false },
];

const columns: DataTableColumn<Visit>[] = [
  { key: 'residentName', title: '居民', sortable: true },
  { key: 'category', title: '类别', sortable: true },
  { key: 'visitDate', title: '走访日期', sortable: true, nowrap: true },
  { key: 'address', title: '地址' },
  {
    key: 'needsFollowUp',
    title: '跟进',
    render: (v) => (v.needsFollowUp ? <StatusTag tone="warning">需要跟进</StatusTag> : <StatusTag tone="success">无需跟进</StatusTag>),
    filterText: (v) => (v.needsFollowUp ? '需要跟进' : '无需跟进'),
  },
];

const meta = {
  title: 'UI/DataTable 数据表',
  component: DataTable<Visit>,
  args: { columns, rows, filterable: true },
} satisfies Meta<typeof DataTable<Visit>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const SortedByDate: Story = { args: { initialSort: { key: 'visitDate', direction: 'desc' } } };
export const Empty: Story = { args: { rows: [], empty: '还没有走访记录' } };
export const Loading: Story = { args: { rows: [], loading: true } };
// Not `Error`: the export would shadow the global Error in this module; Storybook still shows it as Error.
export const ErrorState: Story = { name: 'Error', args: { rows: [], empty: <EmptyState icon={<WarningIcon />} title="记录加载失败" description="请检查网络后刷新页面" /> } };
export const LongChineseText: Story = {
  args: {
    rows: [
      {
        id: 'x',
        residentName: '欧阳长宁区华阳路街道姚家角居委会某某某',
        category: '独居老人',
        visitDate: '2026-03-02',
        address: '上海市长宁区华阳路街道姚家角居民委员会辖区内凯旋路某某弄某某号某某室（近地铁站 3 号口）',
        needsFollowUp: true,
      },
      ...rows,
    ],
  },
};
export const Clickable: Story = { args: { onRowClick: () => {}, caption: '点击一行查看详情' } };
export const Disabled: Story = { args: { filterable: false, caption: '只读：已归档的批次' } };
