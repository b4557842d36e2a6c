import { addDays, shanghaiDay } from '@toolbox/sdk';
import { idCardCheckCharacter } from '@toolbox/sdk/forms';

/** Realistic records for the preview page and screenshots (never shipped in the bundle). */

// Dates are counted from today (Asia/Shanghai), so the list, its deadlines and the chart show recent work on any day.
const day = (offset: number) => addDays(shanghaiDay(), offset);

// Made-up numbers completed with their check character, so they pass the runtime's check.
const id = (first17: string) => first17 + idCardCheckCharacter(first17);
const me = { id: 'u-staff', name: '张敏' };
const chen = { id: 'u-chen', name: '陈静' };
const liu = { id: 'u-liu', name: '刘伟' };

export const demoRecords: Record<string, Record<string, unknown>[]> = {
  'hardship-ledger': [
    { name: '王秀英', idNumber: id('31010519520314202'), phone: '13816620458', address: { building: '8号楼', room: '201室' }, householdSize: 2, category: '低保家庭', causes: ['因病', '高龄独居'], needs: '老伴住院两个月，医药费自付部分负担重，希望申请医疗救助。', measures: ['医疗救助', '上门关爱'], amount: 3000, caseworker: me, registeredOn: day(-2), nextVisitOn: day(12), status: 'helping' },
    { name: '李建军', idNumber: id('31010519780905101'), phone: '021-62518873', address: { building: '3号楼', room: '502室' }, householdSize: 3, category: '支出型贫困家庭', causes: ['失业', '子女就学'], needs: '年初失业，孩子读高中，学杂费有困难。', measures: ['就业帮扶', '助学帮扶'], caseworker: chen, registeredOn: day(-3), status: 'pending' },
    { name: '赵桂芳', idNumber: id('31010519450122004'), address: { building: '12号楼', room: '101室' }, householdSize: 1, category: '特困人员', causes: ['因残', '高龄独居'], needs: '独居，行动不便，需要助餐和定期上门。', measures: ['上门关爱', '慈善超市'], amount: 800, caseworker: me, registeredOn: day(-7), nextVisitOn: day(7), status: 'helping' },
    { name: '周国平', idNumber: id('31010519660713303'), phone: '13901712364', address: { building: '5号楼', room: '303室' }, householdSize: 4, category: '低收入家庭', causes: ['因病'], needs: '妻子长期透析，申请临时救助。', measures: ['临时救助'], amount: 5000, caseworker: liu, registeredOn: day(-10), status: 'closed' },
    { name: '孙美华', idNumber: id('31010519580430202'), address: { building: '6号楼', room: '604室' }, householdSize: 2, category: '临时困难', causes: ['住房困难'], needs: '房屋漏水，暂住亲戚家，询问临时安置。', caseworker: chen, registeredOn: day(-16), status: 'ineligible' },
    { name: '吴志强', idNumber: id('31010519820211605'), phone: '18621095517', address: { building: '2号楼', room: '402室' }, householdSize: 3, category: '低保家庭', causes: ['因残'], needs: '本人肢体残疾，低保续办。', measures: ['申请低保'], caseworker: me, registeredOn: day(-20), nextVisitOn: day(10), status: 'helping' },
    { name: '郑丽娟', idNumber: id('31010519700618402'), phone: '13764420981', address: { building: '9号楼', room: '1102室' }, householdSize: 2, category: '低收入家庭', causes: ['失业', '因病'], needs: '丈夫去世后独自抚养女儿，身体不好。', measures: ['就业帮扶', '上门关爱'], caseworker: liu, registeredOn: day(-29), status: 'pending' },
    { name: '钱德胜', idNumber: id('31010519400902051'), address: { building: '1号楼', room: '203室' }, householdSize: 1, category: '特困人员', causes: ['高龄独居'], needs: '86岁独居，子女在外地。', measures: ['上门关爱'], caseworker: chen, registeredOn: day(-37), status: 'closed' },
  ],
  'ebike-charging': [
    { foundOn: day(-1), address: { building: '8号楼', room: '1楼楼道' }, place: '楼道停放充电', vehicles: 2, level: '较大', details: '两辆电动车停在楼道内充电，堵塞疏散通道。', ownerName: '王先生', ownerPhone: '13816620458', actions: ['发放告知书', '联系物业'], deadline: day(2), inspector: me, status: 'rectifying' },
    { foundOn: day(-2), address: { building: '12号楼', room: '602室' }, place: '飞线充电', vehicles: 1, level: '重大', details: '从6楼窗口拉线到楼下充电。', actions: ['当场劝导整改'], inspector: me, status: 'fixed' },
    { foundOn: day(-4), address: { building: '3号楼', room: '地下车库' }, place: '地下车库私拉电线', vehicles: 5, level: '重大', actions: ['联系物业', '上报城运中心'], deadline: day(7), inspector: chen, status: 'found' },
    { foundOn: day(-8), address: { building: '5号楼', room: '303室' }, place: '室内充电', vehicles: 1, level: '一般', ownerName: '周女士', actions: ['发放告知书'], inspector: liu, status: 'fixed' },
  ],
  'flood-supplies': [
    { item: '沙袋', spec: '50kg 编织袋', quantity: 300, measure: '袋', storage: '居委会仓库', condition: '完好', countedOn: day(-8), counter: me, needsTopUp: false },
    { item: '抽水泵', spec: '2 寸潜水泵', quantity: 2, measure: '台', storage: '居委会仓库', condition: '需维修', countedOn: day(-8), counter: me, keeperPhone: '13816620458', needsTopUp: true, notes: '一台电机异响，已报修。' },
    { item: '挡水板', spec: '1.2 米铝合金', quantity: 24, measure: '块', storage: '3号楼地下车库入口', condition: '完好', countedOn: day(-9), counter: chen, needsTopUp: false },
    { item: '雨衣', quantity: 40, measure: '件', storage: '居委会仓库', condition: '完好', countedOn: day(-9), expiresOn: day(580), counter: chen, needsTopUp: true },
    { item: '手电筒', spec: '强光充电式', quantity: 15, measure: '个', storage: '值班室', condition: '完好', countedOn: day(-10), counter: liu, needsTopUp: false },
  ],
};
