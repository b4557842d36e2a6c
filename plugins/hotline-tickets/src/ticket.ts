/** One ticket, as stored in the `tickets` collection (see toolbox.manifest.json for its schema). */
export interface Ticket {
  ticketNo: string;
  category: TicketCategory;
  summary: string;
  citizenName?: string;
  citizenPhone?: string;
  /** ISO instants. */
  receivedAt: string;
  deadline: string;
  status: TicketStatus;
  handler?: string;
  handlerNotes?: string;
}

export const TICKET_CATEGORIES = ['市容环境', '物业管理', '噪声扰民', '房屋修缮', '违法搭建', '社区服务', '其他'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

/** In the order a ticket moves through them. */
export const TICKET_STATUSES = ['待处理', '处理中', '已回复', '已办结'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Once the citizen has had a reply, the deadline no longer applies. */
export function isAnswered(status: TicketStatus): boolean {
  return status === '已回复' || status === '已办结';
}
