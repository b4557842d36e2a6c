/** A typhoon or rainstorm, as stored in the `events` collection. */
export interface PatrolEvent {
  name: string;
  startDate: string;
  level: WarningLevel;
  note?: string;
  closed?: boolean;
}

/** One inspection point of an event, as stored in the `checks` collection. */
export interface Check {
  eventId: string;
  pointType: PointType;
  location: string;
  status: CheckStatus;
  notes?: string;
  inspector?: string;
  checkedAt?: string;
}

/** The four colours of Shanghai's typhoon and rainstorm warnings, lowest first. */
export const WARNING_LEVELS = ['蓝色', '黄色', '橙色', '红色'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export const POINT_TYPES = ['下水道/雨水口', '地下车库/地下室', '户外广告牌', '在建工地', '低洼小区', '危旧房'] as const;
export type PointType = (typeof POINT_TYPES)[number];

export const CHECK_STATUSES = ['未检查', '正常', '有隐患', '已处置'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];
