import type { Ticket } from '../src/ticket.ts';

const HOUR = 3_600_000;
const at = (now: Date, hours: number) => new Date(now.getTime() + hours * HOUR).toISOString();

/** Realistic tickets around `now`, so the preview shows every deadline state (never shipped in the bundle). */
export function demoSeed(now: Date): Ticket[] {
  return [
    { ticketNo: '20261126000317', category: '噪声扰民', summary: '楼下餐馆夜间排风机噪声很大，影响休息，希望尽快处理。', citizenName: '王先生', citizenPhone: '139****1234', receivedAt: at(now, -70), deadline: at(now, -3), status: '处理中', handler: '张敏' },
    { ticketNo: '20261127000852', category: '物业管理', summary: '小区3号楼电梯本周停运三次，老人上下楼困难。', citizenName: '李阿姨', citizenPhone: '136****8890', receivedAt: at(now, -30), deadline: at(now, 5), status: '待处理' },
    { ticketNo: '20261127001124', category: '市容环境', summary: '华阳路某弄口绿化带长期堆放建筑垃圾。', citizenName: '匿名', receivedAt: at(now, -20), deadline: at(now, 20), status: '待处理' },
    { ticketNo: '20261128000203', category: '违法搭建', summary: '顶楼住户在屋顶平台搭建阳光房，担心漏水和安全。', citizenName: '赵女士', citizenPhone: '137****5566', receivedAt: at(now, -4), deadline: at(now, 68), status: '待处理' },
    { ticketNo: '20261125000961', category: '房屋修缮', summary: '老公房外墙渗水，卧室墙面发霉。', citizenName: '孙先生', citizenPhone: '135****2020', receivedAt: at(now, -96), deadline: at(now, -24), status: '已回复', handler: '陈静', handlerNotes: '已联系房管所现场查看，纳入本月维修计划，已电话答复市民。' },
    { ticketNo: '20261120000455', category: '社区服务', summary: '咨询高龄老人助餐点开放时间。', citizenName: '周阿姨', citizenPhone: '138****7788', receivedAt: at(now, -200), deadline: at(now, -150), status: '已办结', handler: '刘伟', handlerNotes: '已告知助餐点地址及开放时间，市民满意。' },
  ];
}
