import type { DataRecord } from '@toolbox/sdk';
import { expect, it } from 'vitest';
import { sortTickets } from '../src/sortTickets.ts';
import type { Ticket, TicketStatus } from '../src/ticket.ts';

function record(ticketNo: string, deadline: string, status: TicketStatus): DataRecord<Ticket> {
  const data: Ticket = { ticketNo, category: '其他', summary: '测试', receivedAt: '2026-11-20T09:00:00+08:00', deadline, status };
  return { id: ticketNo, data, unitId: 'u', createdBy: 'x', createdAt: '', updatedAt: '' };
}

it('puts open tickets first by nearest deadline, then answered ones by latest deadline', () => {
  const sorted = sortTickets([
    record('A', '2026-11-30T17:00:00+08:00', '待处理'),
    record('B', '2026-11-27T17:00:00+08:00', '已办结'),
    record('C', '2026-11-26T17:00:00+08:00', '处理中'),
    record('D', '2026-11-29T17:00:00+08:00', '已回复'),
    record('E', '2026-11-28T17:00:00+08:00', '待处理'),
  ]);
  expect(sorted.map((r) => r.data.ticketNo)).toEqual(['C', 'E', 'A', 'D', 'B']);
});
