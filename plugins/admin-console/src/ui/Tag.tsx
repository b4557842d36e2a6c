import type { ReactNode } from 'react';

export type Tone = 'green' | 'blue' | 'amber' | 'red' | 'grey';

export function Tag({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`ac-tag ac-tag--${tone}`} title={title}>
      {children}
    </span>
  );
}
