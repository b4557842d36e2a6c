import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button, PageHeader } from '../src/ui/index.ts';

const meta = {
  title: 'UI/PageHeader 页头',
  component: PageHeader,
  args: { title: '居民走访记录', subtitle: '华阳居委会 · 张敏' },
} satisfies Meta<typeof PageHeader>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
// An app's main page: the desktop's header above the frame already names the app.
export const MainPageUntitled: Story = {
  name: 'Main page (no title)',
  args: { title: undefined, subtitle: '华阳居委会 · 重点人群走访', actions: <Button>新增走访</Button> },
};
export const WithActions: Story = {
  args: { actions: (<><Button variant="secondary">导出</Button><Button>新增记录</Button></>) },
};
export const Empty: Story = { args: { subtitle: undefined } };
// Not `Error`: the export would shadow the global Error in this module; Storybook still shows it as Error.
export const ErrorState: Story = { name: 'Error', args: { subtitle: <span style={{ color: '#b03a2e' }}>数据加载失败，显示的是上次保存的内容</span> } };
export const LongChineseText: Story = {
  args: {
    title: '长宁区防汛防台重点部位巡查（地下车库、广告牌、在建工地、低洼小区）台账',
    subtitle: '仙霞新村街道 · 虹仙居委会 · 本轮台风“贝碧嘉”应急响应期间巡查记录',
    actions: <Button>开始本轮巡查</Button>,
  },
};
export const Disabled: Story = { args: { actions: <Button disabled>新增记录（只读）</Button> } };
