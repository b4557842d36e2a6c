import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button, Card, EmptyState, Notice } from '../src/ui/index.ts';

const meta = {
  title: 'UI/Card 卡片',
  component: Card,
  args: { title: '本周走访概况', children: <p style={{ margin: 0 }}>已走访 12 户，其中 3 户需要跟进。</p> },
} satisfies Meta<typeof Card>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithActions: Story = { args: { actions: <Button size="small" variant="secondary">查看全部</Button> } };
export const Empty: Story = { args: { children: <EmptyState description="本周还没有走访记录" /> } };
// Not `Error`: the export would shadow the global Error in this module; Storybook still shows it as Error.
export const ErrorState: Story = { name: 'Error', args: { children: <Notice type="error" title="加载失败">网络连接中断，请稍后重试。</Notice> } };
export const LongChineseText: Story = {
  args: {
    title: '关于做好汛期独居老人、高龄老人及困难家庭安全巡访工作的通知（长宁区城运中心转发）',
    children: (
      <p style={{ margin: 0 }}>
        各街道、镇居委会：为切实做好汛期重点人群安全保障工作，请各居委会于台风来临前完成辖区内独居老人、高龄老人、困难家庭的全覆盖上门走访，逐户核实居住安全情况、联系方式和紧急联系人，并在系统中如实登记；发现房屋渗漏、电线老化等隐患的，应当即报告街道并跟踪整改至办结。
      </p>
    ),
  },
};
export const Disabled: Story = {
  args: { title: '已归档的走访批次', actions: <Button size="small" disabled>编辑</Button>, children: <p style={{ margin: 0, color: '#7b8594' }}>该批次已归档，不能再修改。</p> },
};
