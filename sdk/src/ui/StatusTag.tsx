import type { ReactNode } from 'react';
import { useUi } from './useUi.ts';

/** The colour of a tag; the text always says the status too, so colour is never the only cue. */
export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** Props of `StatusTag`. */
export interface StatusTagProps {
  tone?: StatusTone;
  children: ReactNode;
  title?: string;
}

/** A small coloured label for a record's status (待办, 已办结, 即将超期…). */
export function StatusTag({ tone = 'neutral', children, title }: StatusTagProps) {
  useUi();
  return (
    <span className={`tbx-root tbx-tag tbx-tag--${tone}`} title={title}>
      {children}
    </span>
  );
}
