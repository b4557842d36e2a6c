import type { FormDefinition } from '../types.ts';
import { STATUS_FIELD, templateDefinition } from './templateDefinition.ts';

/** 困难群众帮扶台账: who needs help, why, what was done, and where each case stands. */
export const hardshipLedger: FormDefinition = templateDefinition({
  id: 'hardship-ledger',
  name: { 'zh-CN': '困难群众帮扶台账', en: 'Hardship Assistance Ledger' },
  description: { 'zh-CN': '登记辖区困难家庭的基本情况、困难原因和帮扶措施，跟踪每户从核实到结案。', en: 'Record households in hardship, the help given, and follow each case from check to closure.' },
  icon: '🤝',
  category: '民生服务',
  keywords: ['困难群众', '帮扶', '低保', '救助', '台账'],
  sections: [
    {
      title: { 'zh-CN': '基本情况', en: 'Household' },
      fields: [
        { key: 'name', kind: 'text', label: { 'zh-CN': '户主姓名', en: 'Head of household' }, required: true, maxLength: 32, personName: true },
        { key: 'idNumber', kind: 'idcard', label: { 'zh-CN': '身份证号', en: 'ID number' }, required: true },
        { key: 'phone', kind: 'phone', label: { 'zh-CN': '联系电话', en: 'Phone' }, help: { 'zh-CN': '手机或带区号的固定电话', en: 'Mobile or landline with area code' } },
        { key: 'address', kind: 'address', label: { 'zh-CN': '住址', en: 'Address' }, required: true },
        { key: 'householdSize', kind: 'number', label: { 'zh-CN': '家庭人口', en: 'Household size' }, unit: '人', unitEn: 'people', min: 1, max: 20, default: 1 },
        {
          key: 'category',
          kind: 'choice',
          label: { 'zh-CN': '困难类别', en: 'Category' },
          required: true,
          options: ['低保家庭', '低收入家庭', '特困人员', '支出型贫困家庭', '临时困难'],
          optionsEn: { 低保家庭: 'Minimum-income household', 低收入家庭: 'Low-income household', 特困人员: 'Person in extreme hardship', 支出型贫困家庭: 'Poor through expenses', 临时困难: 'Temporary hardship' },
        },
        {
          key: 'causes',
          kind: 'multichoice',
          label: { 'zh-CN': '致困原因', en: 'Causes' },
          options: ['因病', '因残', '失业', '子女就学', '住房困难', '高龄独居', '其他'],
          optionsEn: { 因病: 'Illness', 因残: 'Disability', 失业: 'Unemployment', 子女就学: "Children's schooling", 住房困难: 'Housing', 高龄独居: 'Elderly living alone', 其他: 'Other' },
        },
      ],
    },
    {
      title: { 'zh-CN': '帮扶情况', en: 'Assistance' },
      fields: [
        { key: 'needs', kind: 'textarea', label: { 'zh-CN': '主要困难和诉求', en: 'Needs' }, required: true, maxLength: 1000, help: { 'zh-CN': '如实记录居民反映的情况，不写与帮扶无关的隐私', en: 'What the household asks for; nothing private beyond that' } },
        {
          key: 'measures',
          kind: 'multichoice',
          label: { 'zh-CN': '帮扶措施', en: 'Measures' },
          options: ['申请低保', '临时救助', '医疗救助', '助学帮扶', '就业帮扶', '慈善超市', '上门关爱'],
          optionsEn: { 申请低保: 'Minimum income applied for', 临时救助: 'Emergency aid', 医疗救助: 'Medical aid', 助学帮扶: 'School aid', 就业帮扶: 'Job support', 慈善超市: 'Charity shop', 上门关爱: 'Home visits' },
        },
        { key: 'amount', kind: 'number', label: { 'zh-CN': '救助金额', en: 'Amount' }, unit: '元', unitEn: 'yuan', min: 0, max: 1000000, decimals: 2 },
        { key: 'caseworker', kind: 'person', label: { 'zh-CN': '责任社工', en: 'Caseworker' }, required: true, default: 'me' },
        { key: 'registeredOn', kind: 'date', label: { 'zh-CN': '登记日期', en: 'Registered on' }, required: true, default: 'today' },
        { key: 'nextVisitOn', kind: 'date', label: { 'zh-CN': '下次回访', en: 'Next visit' } },
        STATUS_FIELD,
      ],
    },
  ],
  flow: {
    initial: 'pending',
    states: [
      { key: 'pending', label: { 'zh-CN': '待核实', en: 'To verify' }, tone: 'warning' },
      { key: 'helping', label: { 'zh-CN': '帮扶中', en: 'Being helped' }, tone: 'info' },
      { key: 'closed', label: { 'zh-CN': '已结案', en: 'Closed' }, tone: 'success' },
      { key: 'ineligible', label: { 'zh-CN': '不符合条件', en: 'Not eligible' }, tone: 'neutral' },
    ],
    transitions: [
      { from: 'pending', to: 'helping', label: { 'zh-CN': '核实通过，开始帮扶', en: 'Verified: start helping' } },
      { from: 'pending', to: 'ineligible', label: { 'zh-CN': '不符合条件', en: 'Not eligible' } },
      { from: 'helping', to: 'closed', label: { 'zh-CN': '结案', en: 'Close the case' } },
      { from: 'closed', to: 'helping', label: { 'zh-CN': '重新开启', en: 'Reopen' }, roles: ['admin'] },
      { from: 'ineligible', to: 'pending', label: { 'zh-CN': '重新核实', en: 'Verify again' }, roles: ['admin'] },
    ],
  },
  // One record per person: entering a 身份证号 the ledger has is warned of, and an import skips or updates by it.
  matchBy: 'idNumber',
  views: {
    list: {
      columns: ['name', 'category', 'address', 'caseworker', 'registeredOn', 'nextVisitOn', 'status'],
      sort: { field: 'registeredOn', direction: 'desc' },
      filters: ['status', 'category', 'registeredOn'],
      search: ['name', 'idNumber', 'phone', 'address'],
      pageSize: 20,
    },
  },
});
