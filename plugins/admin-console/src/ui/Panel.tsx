import { Card } from '@toolbox/sdk/ui';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** Said instead of the contents when there is nothing to show (an empty list is never drawn as an empty table). */
  emptyText?: string;
  isEmpty?: boolean;
  children: ReactNode;
}

/** One titled card of a page (street breakdown, audit trail, …). */
export function Panel({ title, emptyText, isEmpty, children }: Props) {
  return (
    <Card className="ac-panel" title={title}>
      {isEmpty ? <p className="ac-muted">{emptyText}</p> : children}
    </Card>
  );
}
