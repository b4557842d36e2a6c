import type { Meta, StoryObj } from '@storybook/react-vite';
import { LoadFailedNotice } from '../src/ui/index.ts';

export default {
  title: 'UI/LoadFailedNotice 加载失败',
  component: LoadFailedNotice,
  args: { error: new Error('网络连接中断'), what: '工单加载失败', onRetry: () => {} },
} satisfies Meta<typeof LoadFailedNotice>;
type Story = StoryObj<typeof LoadFailedNotice>;

export const Default: Story = {};
export const ServerRefused: Story = { name: 'Server refused', args: { error: new Error('服务器暂时无法处理请求（503）'), what: '巡查数据加载失败' } };
export const LongChineseText: Story = {
  args: {
    what: '本居委会防汛防台重点部位巡查记录及隐患整改台账加载失败',
    error: new Error('与区城运中心数据服务的连接在 30 秒内没有应答，可能是网络拥堵或服务正在维护，请稍后再试或联系街道信息员'),
  },
};
