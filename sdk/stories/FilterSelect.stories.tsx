import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { FilterSelect, type FilterSelectProps } from '../src/ui/index.ts';

/** A select that keeps its choice, as an app's filter state would. */
function Stateful(props: FilterSelectProps) {
  const [value, setValue] = useState(props.value);
  return <FilterSelect {...props} value={value} onChange={setValue} />;
}

export default {
  title: 'UI/FilterSelect 筛选下拉框',
  component: FilterSelect,
  render: (args) => <Stateful {...args} />,
  args: {
    label: '居民类别',
    value: 'all',
    onChange: () => {},
    options: [
      ['all', '全部'],
      ['独居老人', '独居老人'],
      ['高龄老人', '高龄老人'],
      ['低保户', '低保户'],
    ],
  },
} satisfies Meta<typeof FilterSelect>;
type Story = StoryObj<typeof FilterSelect>;

export const Default: Story = {};
export const Chosen: Story = { args: { value: '低保户' } };
export const LongChineseText: Story = {
  args: {
    label: '处理状态（按市民热线答复时限）',
    value: 'open',
    options: [
      ['open', '未答复的（含已超期和 24 小时内到期）'],
      ['all', '全部'],
      ['done', '已答复，等待市民评价'],
    ],
  },
};
