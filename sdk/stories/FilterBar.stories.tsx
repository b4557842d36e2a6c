import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { FilterBar, FilterSelect } from '../src/ui/index.ts';

const categories = [
  ['all', '全部'],
  ['独居老人', '独居老人'],
  ['低保户', '低保户'],
] as const;

/** The bar as an app uses it: two selects, a date and a search box, the count following the filters. */
function VisitFilters({ total, clear }: { total: number; clear?: boolean }) {
  const [category, setCategory] = useState('all');
  const [followUp, setFollowUp] = useState('all');
  const [text, setText] = useState('');
  const filtered = category !== 'all' || followUp !== 'all' || text !== '';
  const shown = filtered ? Math.ceil(total / 3) : total;
  const clearAll = () => {
    setCategory('all');
    setFollowUp('all');
    setText('');
  };
  return (
    <FilterBar count={`共 ${total} 条，显示 ${shown} 条`} onClear={clear || filtered ? clearAll : undefined}>
      <FilterSelect label="居民类别" value={category} onChange={setCategory} options={categories} />
      <FilterSelect label="跟进" value={followUp} onChange={setFollowUp} options={[['all', '全部'], ['open', '待跟进'], ['done', '已跟进']]} />
      <label>
        <span>走访日期从</span>
        <input type="date" />
      </label>
      <label>
        <span>搜索</span>
        <input type="search" value={text} placeholder="姓名、地址、情况" onChange={(e) => setText(e.target.value)} />
      </label>
    </FilterBar>
  );
}

export default {
  title: 'UI/FilterBar 筛选栏',
  component: FilterBar,
  render: (args) => <VisitFilters total={Number(args.count ?? 0)} />,
  args: { count: 12, children: null },
} satisfies Meta<typeof FilterBar>;
type Story = StoryObj<typeof FilterBar>;

export const Default: Story = {};
export const Empty: Story = { args: { count: 0 } };
export const WithClear: Story = { name: 'With 清除筛选', render: () => <VisitFilters total={240} clear /> };
export const Narrow: Story = { render: () => <div style={{ width: 420 }}><VisitFilters total={12} /></div> };
