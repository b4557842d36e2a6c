import type { UnitKind } from '../db/schema.ts';

export interface SeedUnit {
  id: string;
  name: string;
  nameEn?: string;
  kind: UnitKind;
  parentId: string | null;
}

/** The 长宁区 streets and town, with the residents' committees of each (ids `<street>-01`…). */
const STREETS: [id: string, name: string, nameEn: string, committees: string[]][] = [
  ['huayanglu', '华阳路街道', 'Huayang Road Subdistrict', ['华阳', '姚家角', '西镇', '秀水']],
  ['jiangsulu', '江苏路街道', 'Jiangsu Road Subdistrict', ['华山', '江苏', '曹家堰', '愚园']],
  ['xinhualu', '新华路街道', 'Xinhua Road Subdistrict', ['新华', '番禺', '梅泉', '香花']],
  ['zhoujiaqiao', '周家桥街道', 'Zhoujiaqiao Subdistrict', ['周家桥', '天山五村', '中山']],
  ['tianshanlu', '天山路街道', 'Tianshan Road Subdistrict', ['天山', '紫云', '遵义']],
  ['xianxiaxincun', '仙霞新村街道', 'Xianxia Xincun Subdistrict', ['仙霞', '虹仙', '茅台', '威宁']],
  ['hongqiao', '虹桥街道', 'Hongqiao Subdistrict', ['虹桥', '古北', '荣华', '安顺']],
  ['chengjiaqiao', '程家桥街道', 'Chengjiaqiao Subdistrict', ['程家桥', '虹梅', '上航']],
  ['beixinjing', '北新泾街道', 'Beixinjing Subdistrict', ['北新泾', '新泾一村', '平塘', '剑河']],
  ['xinjingzhen', '新泾镇', 'Xinjing Town', ['新泾', '北翟', '淞虹', '泉口']],
];

export const DISTRICT: SeedUnit = { id: 'changning', name: '长宁区', nameEn: 'Changning District', kind: 'district', parentId: null };
export const OPS_CENTRE: SeedUnit = {
  id: 'ops-centre',
  name: '区城运中心',
  nameEn: 'District Operations Centre',
  kind: 'department',
  parentId: 'changning',
};

export function demoOrgUnits(): SeedUnit[] {
  const units: SeedUnit[] = [DISTRICT, OPS_CENTRE];
  for (const [id, name, nameEn, committees] of STREETS) {
    units.push({ id, name, nameEn, kind: 'street', parentId: 'changning' });
    for (const [i, c] of committees.entries()) {
      units.push({ id: `${id}-${String(i + 1).padStart(2, '0')}`, name: `${c}居委会`, kind: 'committee', parentId: id });
    }
  }
  return units;
}

export const DEMO_USERS = [
  { username: 'admin', name: '陈管理', role: 'admin', unitId: 'ops-centre' },
  { username: 'dev', name: '李开发', role: 'developer', unitId: 'ops-centre' },
  { username: 'staff', name: '王芳', role: 'staff', unitId: 'huayanglu-01' },
  { username: 'staff2', name: '赵磊', role: 'staff', unitId: 'xinjingzhen-01' },
  // Reviews versions before they go live (上架审核), and nothing else of an admin's.
  { username: 'reviewer', name: '周审核', role: 'reviewer', unitId: 'ops-centre' },
  // Composes form apps in 应用搭建 (no code) for the committee, as an admin may grant a unit's staff.
  { username: 'maker', name: '孙搭建', role: 'maker', unitId: 'huayanglu-01' },
] as const;

export const DEMO_PASSWORD = 'toolbox';
