import { addDays, shanghaiDay, shanghaiDayStart } from '@toolbox/sdk';
import type { Visit } from '../src/visit.ts';

/** Realistic records for the preview page and screenshots (never shipped in the bundle). */

// Dates are counted from today (Asia/Shanghai), so the preview always shows recent visits, whatever the day.
const day = (offset: number) => addDays(shanghaiDay(), offset);
export const demoSeed: Visit[] = [
  { residentName: '王秀英', category: '独居老人', visitDate: day(-2), building: '8号楼', room: '201室', visitor: '张敏', notes: '身体状况稳定，独自在家，反映楼道声控灯不亮，晚上下楼不方便。', needsFollowUp: true, followUpNote: '联系物业维修8号楼楼道灯' },
  { residentName: '李德明', category: '高龄老人', visitDate: day(-3), building: '3号楼', room: '502室', visitor: '陈静', notes: '92岁，女儿每周来两次，已申请长护险评估。', needsFollowUp: false },
  { residentName: '赵国强', category: '残疾人', visitDate: day(-7), building: '12号楼', room: '101室', visitor: '张敏', notes: '轮椅使用者，单元门口台阶需要无障碍坡道。', needsFollowUp: true, followUpNote: '向街道申报无障碍改造', followUpDone: true, followUpDoneAt: shanghaiDayStart(day(-4)).toISOString() },
  { residentName: '周桂兰', category: '困难家庭', visitDate: day(-10), building: '5号楼', room: '303室', visitor: '刘伟', notes: '低保续办材料已收齐，冬季取暖补贴待发放。', needsFollowUp: true, followUpNote: '跟踪冬季补贴发放' },
  { residentName: '孙美华', category: '独居老人', visitDate: day(-16), building: '6号楼', room: '604室', visitor: '陈静', notes: '已安装燃气报警器和紧急呼叫器。', needsFollowUp: false },
  { residentName: '吴建国', category: '其他', visitDate: day(-30), building: '2号楼', room: '402室', visitor: '刘伟', notes: '刚出院，家属照顾。', needsFollowUp: false },
];
