import type { Meta, StoryObj } from '@storybook/react-vite';
import { StatusTag } from '../src/ui/index.ts';

const meta = {
  title: 'UI/StatusTag 状态标签',
  component: StatusTag,
  args: { children: '办理中', tone: 'info' },
} satisfies Meta<typeof StatusTag>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AllTones: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      <StatusTag tone="neutral">待受理</StatusTag>
      <StatusTag tone="info">办理中</StatusTag>
      <StatusTag tone="success">已办结</StatusTag>
      <StatusTag tone="warning">即将超期</StatusTag>
      <StatusTag tone="danger">已超期</StatusTag>
    </div>
  ),
};
// Not `Error`: the export would shadow the global Error in this module; Storybook still shows it as Error.
export const ErrorState: Story = { name: 'Error', args: { tone: 'danger', children: '已超期 2 天' } };
export const Empty: Story = { args: { tone: 'neutral', children: '—', title: '没有状态' } };
export const LongChineseText: Story = { args: { tone: 'warning', children: '距答复期限不足 24 小时，请尽快联系来电市民' } };
export const Disabled: Story = { args: { tone: 'neutral', children: '已归档' } };
