import type { Meta, StoryObj } from '@storybook/react-vite';
import { AppFrame, Button, DataTable, EmptyState, LoadFailedNotice } from '../src/ui/index.ts';

const visits = [
  { id: '1', name: '王阿婆', date: '2026-03-01', note: '独居，身体尚好' },
  { id: '2', name: '李老伯', date: '2026-03-03', note: '需要跟进：楼道灯坏了' },
];

// The frame the host gives an app on a 1366×768 screen is about 1300×620; the stories show it smaller. The desktop's
// header above the frame names the app, so a main page has no title of its own; a page below it has one.
export default {
  title: 'UI/AppFrame 应用框架',
  component: AppFrame,
  decorators: [(Story) => <div style={{ height: 420, border: '1px solid #d9e0ea', background: '#fff' }}><Story /></div>],
  args: {
    subtitle: '华阳居委会 · 重点人群走访',
    actions: <Button>新增走访</Button>,
    children: (
      <div className="tbx-app__body">
        <DataTable rowKey={(r) => r.id} rows={visits} columns={[{ key: 'name', title: '居民' }, { key: 'date', title: '走访日期' }, { key: 'note', title: '情况' }]} />
      </div>
    ),
  },
} satisfies Meta<typeof AppFrame>;
type Story = StoryObj<typeof AppFrame>;

export const Default: Story = {};
export const PageBelowTheMain: Story = {
  name: 'A page below the main one (titled)',
  args: { title: '新增走访记录', subtitle: undefined, actions: <Button variant="secondary">返回列表</Button> },
};
export const WithOwnStyles: Story = {
  name: 'With the app’s own css',
  args: { css: '.demo-note { color: #1e7a3c; font-weight: 600; }', className: 'demo-app', children: <p className="demo-note">应用自己的样式随应用加载、随卸载移除。</p> },
};
export const Empty: Story = { args: { children: <EmptyState title="还没有走访记录" description="点击右上角“新增走访”登记第一次上门走访。" /> } };
// Not `Error`: the export would shadow the global Error in this module; Storybook still shows it as Error.
export const ErrorState: Story = {
  name: 'Error',
  args: { children: <LoadFailedNotice error={new Error('网络连接中断')} what="走访记录加载失败" onRetry={() => {}} /> },
};
export const LongChineseText: Story = {
  args: {
    title: '长宁区防汛防台重点部位巡查（地下车库、广告牌、在建工地、低洼小区）台账',
    subtitle: '仙霞新村街道 · 虹仙居委会 · 本轮台风“贝碧嘉”应急响应期间巡查记录',
    actions: (<><Button variant="secondary">导出</Button><Button>开始本轮巡查</Button></>),
  },
};
