import type { FormDefinition } from '../types.ts';
import { STATUS_FIELD, templateDefinition } from './templateDefinition.ts';

/** 电动车违规充电排查: each hazard found on a round, who was told, and whether it was put right on re-inspection. */
export const ebikeCharging: FormDefinition = templateDefinition({
  id: 'ebike-charging',
  name: { 'zh-CN': '电动车违规充电排查', en: 'E-bike Charging Inspections' },
  description: { 'zh-CN': '记录楼道、室内和飞线充电等隐患，告知到人，限期整改并复查。', en: 'Record e-bikes charged in stairwells, indoors or on trailing cables; notify, set a deadline and re-inspect.' },
  icon: '🔌',
  category: '安全生产',
  keywords: ['电动车', '充电', '消防', '隐患', '排查', '飞线'],
  sections: [
    {
      title: { 'zh-CN': '隐患情况', en: 'Hazard' },
      fields: [
        { key: 'foundOn', kind: 'date', label: { 'zh-CN': '排查日期', en: 'Found on' }, required: true, default: 'today' },
        { key: 'address', kind: 'address', label: { 'zh-CN': '位置', en: 'Location' }, required: true, help: { 'zh-CN': '楼道或车库请在室号处写“1楼楼道”“地下车库”', en: 'For a stairwell or garage write e.g. 1楼楼道 as the room' } },
        {
          key: 'place',
          kind: 'choice',
          label: { 'zh-CN': '违规情形', en: 'What was found' },
          required: true,
          options: ['楼道停放充电', '室内充电', '飞线充电', '电梯内', '地下车库私拉电线', '其他'],
          optionsEn: { 楼道停放充电: 'Charged in a stairwell', 室内充电: 'Charged indoors', 飞线充电: 'Trailing cable', 电梯内: 'In a lift', 地下车库私拉电线: 'Own wiring in the garage', 其他: 'Other' },
        },
        { key: 'vehicles', kind: 'number', label: { 'zh-CN': '涉及车辆', en: 'Vehicles' }, unit: '辆', unitEn: 'vehicles', min: 1, max: 50, default: 1 },
        { key: 'level', kind: 'choice', label: { 'zh-CN': '隐患等级', en: 'Severity' }, required: true, options: ['一般', '较大', '重大'], optionsEn: { 一般: 'Minor', 较大: 'Serious', 重大: 'Major' }, default: '一般' },
        { key: 'photos', kind: 'photo', label: { 'zh-CN': '现场照片', en: 'Photos' }, maxPhotos: 3 },
        { key: 'details', kind: 'textarea', label: { 'zh-CN': '现场情况', en: 'Details' }, maxLength: 500 },
      ],
    },
    {
      title: { 'zh-CN': '告知与整改', en: 'Notice and remedy' },
      fields: [
        { key: 'ownerName', kind: 'text', label: { 'zh-CN': '车主/住户', en: 'Owner or resident' }, maxLength: 32, personName: true },
        { key: 'ownerPhone', kind: 'phone', label: { 'zh-CN': '联系电话', en: 'Phone' } },
        {
          key: 'actions',
          kind: 'multichoice',
          label: { 'zh-CN': '处置措施', en: 'Actions' },
          options: ['当场劝导整改', '发放告知书', '联系物业', '约谈住户', '上报城运中心'],
          optionsEn: { 当场劝导整改: 'Talked round on the spot', 发放告知书: 'Notice handed over', 联系物业: 'Property manager told', 约谈住户: 'Resident called in', 上报城运中心: 'Reported to the operations centre' },
        },
        { key: 'deadline', kind: 'date', label: { 'zh-CN': '整改期限', en: 'Deadline' } },
        { key: 'inspector', kind: 'person', label: { 'zh-CN': '排查人', en: 'Inspector' }, required: true, default: 'me' },
        STATUS_FIELD,
      ],
    },
  ],
  flow: {
    initial: 'found',
    states: [
      { key: 'found', label: { 'zh-CN': '待告知', en: 'To notify' }, tone: 'danger' },
      { key: 'rectifying', label: { 'zh-CN': '整改中', en: 'Being fixed' }, tone: 'warning' },
      { key: 'fixed', label: { 'zh-CN': '已整改', en: 'Fixed' }, tone: 'success' },
    ],
    transitions: [
      { from: 'found', to: 'rectifying', label: { 'zh-CN': '已告知，限期整改', en: 'Notified: fix by the deadline' } },
      { from: 'found', to: 'fixed', label: { 'zh-CN': '当场整改完毕', en: 'Fixed on the spot' } },
      { from: 'rectifying', to: 'fixed', label: { 'zh-CN': '复查合格', en: 'Re-inspected: fixed' } },
      { from: 'fixed', to: 'rectifying', label: { 'zh-CN': '复查发现反复', en: 'Found again' } },
    ],
  },
  views: {
    list: {
      columns: ['foundOn', 'address', 'place', 'level', 'deadline', 'inspector', 'status'],
      sort: { field: 'foundOn', direction: 'desc' },
      filters: ['status', 'level', 'place'],
      search: ['address', 'ownerName', 'ownerPhone'],
    },
  },
});
