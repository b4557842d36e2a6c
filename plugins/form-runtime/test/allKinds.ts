import type { FormDefinition } from '@toolbox/sdk/forms';

/** One field of every kind, and a flow: what the runtime must be able to render. */
export const allKinds: FormDefinition = {
  definitionVersion: 1,
  id: 'all-kinds',
  name: { 'zh-CN': '全部字段', en: 'Every field' },
  version: '1.0.0',
  category: '测试',
  scenario: 'general',
  owner: { unit: 'ops-centre', contact: '陈静' },
  sections: [
    {
      title: { 'zh-CN': '第一组', en: 'First' },
      fields: [
        { key: 'fText', kind: 'text', label: { 'zh-CN': '单行文字', en: 'Text' }, required: true, help: { 'zh-CN': '说明文字' } },
        { key: 'fTextarea', kind: 'textarea', label: { 'zh-CN': '多行文字' } },
        { key: 'fNumber', kind: 'number', label: { 'zh-CN': '数字' }, unit: '人', min: 0, max: 10 },
        { key: 'fDate', kind: 'date', label: { 'zh-CN': '日期' }, default: 'today' },
        { key: 'fDatetime', kind: 'datetime', label: { 'zh-CN': '日期时间' } },
        { key: 'fChoice', kind: 'choice', label: { 'zh-CN': '单选' }, options: ['甲', '乙'] },
        { key: 'fSelect', kind: 'choice', label: { 'zh-CN': '下拉单选' }, options: ['一', '二', '三', '四', '五'] },
        { key: 'fMulti', kind: 'multichoice', label: { 'zh-CN': '多选' }, options: ['红', '绿', '蓝'] },
      ],
    },
    {
      title: { 'zh-CN': '第二组', en: 'Second' },
      fields: [
        { key: 'fYesno', kind: 'yesno', label: { 'zh-CN': '是否' } },
        { key: 'fPhone', kind: 'phone', label: { 'zh-CN': '电话' } },
        { key: 'fIdcard', kind: 'idcard', label: { 'zh-CN': '身份证' } },
        { key: 'fAddress', kind: 'address', label: { 'zh-CN': '地址' } },
        { key: 'fPerson', kind: 'person', label: { 'zh-CN': '人员' }, default: 'me' },
        { key: 'fUnit', kind: 'unit', label: { 'zh-CN': '单位' }, default: 'mine' },
        { key: 'fPhoto', kind: 'photo', label: { 'zh-CN': '照片' } },
        { key: 'fStatus', kind: 'status', label: { 'zh-CN': '状态' } },
      ],
    },
  ],
  flow: {
    initial: 'todo',
    states: [
      { key: 'todo', label: { 'zh-CN': '待处理' } },
      { key: 'done', label: { 'zh-CN': '已办结' } },
    ],
    transitions: [{ from: 'todo', to: 'done' }],
  },
  views: { list: { columns: ['fText', 'fNumber', 'fStatus'] } },
};
