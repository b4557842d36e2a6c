import type { FormDefinition } from '../types.ts';
import { templateDefinition } from './templateDefinition.ts';

/** 防汛物资清点: what the committee keeps for the flood season, where, in what state, and what must be topped up. */
export const floodSupplies: FormDefinition = templateDefinition({
  id: 'flood-supplies',
  name: { 'zh-CN': '防汛物资清点', en: 'Flood Supplies Count' },
  description: { 'zh-CN': '汛前汛后清点沙袋、挡水板、抽水泵等物资，标出需要维修和补充的。', en: 'Count sandbags, flood barriers, pumps and more before and after the season; flag what needs repair or topping up.' },
  icon: '🌊',
  category: '应急管理',
  keywords: ['防汛', '物资', '沙袋', '抽水泵', '清点', '台风'],
  sections: [
    {
      title: { 'zh-CN': '物资', en: 'Item' },
      fields: [
        {
          key: 'item',
          kind: 'choice',
          label: { 'zh-CN': '物资名称', en: 'Item' },
          required: true,
          options: ['沙袋', '挡水板', '抽水泵', '雨衣', '雨靴', '手电筒', '救生衣', '警示锥', '发电机', '其他'],
          optionsEn: { 沙袋: 'Sandbags', 挡水板: 'Flood barriers', 抽水泵: 'Pumps', 雨衣: 'Raincoats', 雨靴: 'Rain boots', 手电筒: 'Torches', 救生衣: 'Life jackets', 警示锥: 'Traffic cones', 发电机: 'Generators', 其他: 'Other' },
        },
        { key: 'spec', kind: 'text', label: { 'zh-CN': '规格型号', en: 'Model' }, maxLength: 50, help: { 'zh-CN': '例如：50kg 编织袋、2 寸潜水泵', en: 'e.g. 50 kg woven bag, 2-inch pump' } },
        { key: 'quantity', kind: 'number', label: { 'zh-CN': '数量', en: 'Quantity' }, required: true, min: 0, max: 100000 },
        { key: 'measure', kind: 'choice', label: { 'zh-CN': '计量单位', en: 'Unit' }, required: true, options: ['个', '袋', '块', '台', '件', '套', '双'], optionsEn: { 个: 'pcs', 袋: 'bags', 块: 'panels', 台: 'machines', 件: 'items', 套: 'sets', 双: 'pairs' } },
        { key: 'storage', kind: 'text', label: { 'zh-CN': '存放地点', en: 'Stored at' }, required: true, maxLength: 50 },
        { key: 'condition', kind: 'choice', label: { 'zh-CN': '状况', en: 'Condition' }, required: true, options: ['完好', '需维修', '已报废'], optionsEn: { 完好: 'Good', 需维修: 'Needs repair', 已报废: 'Written off' }, default: '完好' },
      ],
    },
    {
      title: { 'zh-CN': '清点', en: 'Count' },
      fields: [
        { key: 'countedOn', kind: 'date', label: { 'zh-CN': '清点日期', en: 'Counted on' }, required: true, default: 'today' },
        { key: 'expiresOn', kind: 'date', label: { 'zh-CN': '有效期至', en: 'Use by' } },
        { key: 'counter', kind: 'person', label: { 'zh-CN': '清点人', en: 'Counted by' }, required: true, default: 'me' },
        { key: 'keeperPhone', kind: 'phone', label: { 'zh-CN': '保管人电话', en: 'Keeper phone' } },
        { key: 'needsTopUp', kind: 'yesno', label: { 'zh-CN': '需要补充', en: 'Needs topping up' }, default: false },
        { key: 'notes', kind: 'textarea', label: { 'zh-CN': '备注', en: 'Notes' }, maxLength: 500 },
      ],
    },
  ],
  views: {
    list: {
      columns: ['item', 'spec', 'quantity', 'measure', 'storage', 'condition', 'countedOn', 'needsTopUp'],
      sort: { field: 'countedOn', direction: 'desc' },
      filters: ['condition', 'item', 'needsTopUp'],
      search: ['item', 'spec', 'storage'],
    },
  },
});
