import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../src/ui/index.ts';

const meta = {
  title: 'UI/Button 按钮',
  component: Button,
  args: { children: '新增走访记录' },
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary', children: '导出' } };
export const Danger: Story = { args: { variant: 'danger', children: '删除记录' } };
export const Link: Story = { args: { variant: 'link', children: '查看详情' } };
export const Small: Story = { args: { size: 'small', children: '办结' } };
export const Disabled: Story = { args: { disabled: true, children: '提交（无权限）' } };
export const Loading: Story = { args: { loading: true, children: '提交评价' } };
export const LongChineseText: Story = {
  args: { children: '将本居委会本月全部独居老人走访记录导出为表格并报送街道' },
};
