import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button, EmptyState, WarningIcon } from '../src/ui/index.ts';

const meta = {
  title: 'UI/EmptyState 空状态',
  component: EmptyState,
} satisfies Meta<typeof EmptyState>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithAction: Story = {
  args: { title: '还没有走访记录', description: '登记第一次上门走访后，记录会显示在这里。', action: <Button>新增走访记录</Button> },
};
// Not `Error`: the export would shadow the global Error in this module; Storybook still shows it as Error.
export const ErrorState: Story = { name: 'Error', args: { icon: <WarningIcon />, title: '无法加载记录', description: '请检查网络后刷新页面。', action: <Button variant="secondary">重试</Button> } };
export const LongChineseText: Story = {
  args: {
    title: '本居委会在本轮台风应急响应期间尚未登记任何防汛防台重点部位巡查结果',
    description: '请按照街道防汛指挥部要求，对辖区内地下车库、广告牌、在建工地、低洼积水点逐一巡查，并在巡查后立即登记结果和隐患整改情况。',
  },
};
export const Disabled: Story = { args: { title: '暂无权限查看', description: '该应用仅对区城运中心开放。', action: <Button disabled>申请权限</Button> } };
