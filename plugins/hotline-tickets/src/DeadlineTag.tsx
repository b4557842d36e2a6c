import { useT } from '@toolbox/sdk/react';
import { StatusTag } from '@toolbox/sdk/ui';
import { roughDuration, type DeadlineState } from './deadlineState.ts';
import { messages } from './messages.ts';

const tone = { answered: 'neutral', ok: 'info', soon: 'warning', overdue: 'danger' } as const;

/** 即将超期 (amber) / 已超期 (red) with the time left or over, so the colour is never the only signal. */
export function DeadlineTag({ state }: { state: DeadlineState }) {
  const t = useT(messages);
  if (state.level === 'answered') return null;
  const duration = roughDuration(state.minutes);
  const time = state.level === 'overdue' ? t('over', duration) : t('left', duration);
  return (
    <StatusTag tone={tone[state.level]}>{state.level === 'ok' ? time : `${t(`level.${state.level}`)} · ${time}`}</StatusTag>
  );
}
