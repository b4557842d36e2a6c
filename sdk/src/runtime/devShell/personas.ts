import type { ToolboxUnit, ToolboxUser } from '../../shared/types.ts';

/** A signed-in identity the dev shell can switch to: the demo's users and units (design.md, the registry's demo seed). */
export interface DevPersona {
  key: string;
  label: string;
  user: ToolboxUser;
  unit: ToolboxUnit;
}

export const DEV_PERSONAS: readonly DevPersona[] = [
  {
    key: 'staff',
    label: '居委会工作人员（华阳路街道）',
    user: { id: 'u-staff', name: '张敏', role: 'staff' },
    unit: { id: 'huayanglu-01', name: '华阳居委会', path: ['长宁区', '华阳路街道', '华阳居委会'] },
  },
  {
    key: 'staff2',
    label: '居委会工作人员（新泾镇）',
    user: { id: 'u-staff2', name: '李强', role: 'staff' },
    unit: { id: 'xinjingzhen-01', name: '新泾居委会', path: ['长宁区', '新泾镇', '新泾居委会'] },
  },
  {
    key: 'admin',
    label: '区城运中心管理员',
    user: { id: 'u-admin', name: '王芳', role: 'admin' },
    unit: { id: 'ops-centre', name: '区城运中心', path: ['长宁区', '区城运中心'] },
  },
];
