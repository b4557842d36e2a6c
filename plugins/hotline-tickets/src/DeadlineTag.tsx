import { useLocale } from '@toolbox/sdk/react';
import { StatusTag } from '@toolbox/sdk/ui';
import type { DeadlineState } from './deadlineState.ts';
import { messages } from './messages.ts';

const tone = { answered: 'neutral', ok: 'info', soon: 'warning', overdue: 'danger' } as const;

/** 即将超期 (amber) / 已超期 (red) with the hours, so the colour is never the only signal. */
export function DeadlineTag({ state }: { state: DeadlineState }) {
  const m = messages[useLocale()];
  if (state.level === 'answered') return null;
  const hours = state.level === 'overdue' ? m.hoursOver(-state.hours) : m.hoursLeft(state.hours);
  return (
    <StatusTag tone={tone[state.level]}>{state.level === 'ok' ? hours : `${m.level[state.level]} · ${hours}`}</StatusTag>
  );
}
