import type { Manifest } from '@toolbox/sdk';

/** Streets where the demo-only apps are deployed: not 华阳路 and 新泾镇, so the demo users never meet them. */
const ELSEWHERE = ['jiangsulu', 'xinhualu', 'zhoujiaqiao', 'tianshanlu', 'xianxiaxincun', 'hongqiao', 'chengjiaqiao', 'beixinjing'];

const base = {
  version: '1.0.0',
  sdk: '^1.0.0',
  entry: 'remoteEntry.js',
  scenario: 'vertical' as const,
};

/**
 * Apps that exist only in the demo, registered through the JSON publish form as apps deployed elsewhere, so that the
 * review has weak apps to catch. Their entries point at an address that does not resolve: they are never meant to
 * be opened, and their visibility keeps them off the desktops of the demo users.
 */
export const DEMO_APPS: { manifest: Manifest; entry: string }[] = [
  {
    manifest: {
      ...base,
      id: 'old-ledger',
      name: { 'zh-CN': '老旧电子台账', en: 'Legacy e-ledger' },
      description: { 'zh-CN': '2019 年建设的社区电子台账，功能已被各业务应用覆盖' },
      category: '基层治理',
      owner: { unit: 'xianxiaxincun', contact: '仙霞新村街道 社区办' },
      visibility: { units: ['xianxiaxincun', 'hongqiao'] },
    },
    entry: 'https://legacy.changning.example/old-ledger/remoteEntry.js',
  },
  {
    manifest: {
      ...base,
      id: 'garbage-check',
      name: { 'zh-CN': '垃圾分类督查', en: 'Waste sorting inspection' },
      description: { 'zh-CN': '垃圾厢房督查打卡与问题上报' },
      category: '城市管理',
      owner: { unit: 'ops-centre', contact: '区绿化市容局 外包团队' },
      visibility: { units: ELSEWHERE },
    },
    entry: 'https://vendor.changning.example/garbage-check/remoteEntry.js',
  },
  {
    manifest: {
      ...base,
      id: 'activity-signup',
      name: { 'zh-CN': '社区活动报名', en: 'Community event sign-up' },
      description: { 'zh-CN': '居委会发布活动、居民报名' },
      category: '民生服务',
      owner: { unit: 'hongqiao', contact: '虹桥街道 自治办' },
      visibility: { units: ['hongqiao', 'tianshanlu', 'xinhualu'] },
    },
    entry: 'https://apps.changning.example/activity-signup/remoteEntry.js',
  },
  {
    manifest: {
      ...base,
      id: 'flood-duty',
      name: { 'zh-CN': '防汛值守登记', en: 'Flood duty roster' },
      description: { 'zh-CN': '汛期值班签到与值守记录' },
      category: '城市管理',
      owner: { unit: 'ops-centre', contact: '区防汛办' },
      visibility: { units: ELSEWHERE },
    },
    entry: 'https://apps.changning.example/flood-duty/remoteEntry.js',
  },
];
