import type { Meta, StoryObj } from '@storybook/react-vite';
import { Notice } from '../src/ui/index.ts';

const meta = {
  title: 'UI/Notice 提示',
  component: Notice,
  args: { type: 'info', children: '本应用的数据仅本居委会可见。' },
} satisfies Meta<typeof Notice>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};
export const Success: Story = { args: { type: 'success', title: '已保存', children: '走访记录已保存。' } };
export const Warning: Story = { args: { type: 'warning', title: '即将超期', children: '工单 12345-0301 距答复期限不足 24 小时。' } };
// Not `Error`: the export would shadow the global Error in this module; Storybook still shows it as Error.
export const ErrorState: Story = { name: 'Error', args: { type: 'error', title: '保存失败', children: '网络连接中断，请稍后重试。' } };
export const Closable: Story = { args: { onClose: () => {} } };
export const Empty: Story = { args: { title: '没有新的通知', children: undefined } };
export const LongChineseText: Story = {
  args: {
    type: 'warning',
    title: '防汛防台蓝色预警',
    children:
      '上海中心气象台发布台风蓝色预警信号：受今年第13号台风“贝碧嘉”影响，预计本市今天夜里到明天将出现8～10级大风和暴雨，请各居委会立即对辖区内广告牌、在建工地围挡、地下车库及低洼积水点开展巡查并登记，发现隐患及时上报街道防汛办。',
  },
};
export const Disabled: Story = { args: { type: 'info', title: '只读模式', children: '应用已被标记为即将下线，数据只能查看，不能修改。' } };
