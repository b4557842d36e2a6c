import type { ReactNode } from 'react';
import { InboxIcon } from './icons.tsx';
import { useUi } from './useUi.ts';

/** Props of `EmptyState`. */
export interface EmptyStateProps {
  /** The headline; defaults to 暂无数据 / No data. */
  title?: ReactNode;
  description?: ReactNode;
  /** An action that gets the user going, e.g. a 新增 button. */
  action?: ReactNode;
  /** A decorative icon (hidden from screen readers); an empty tray by default. See `InboxIcon`, `SearchIcon`, `WarningIcon`. */
  icon?: ReactNode;
}

/** What to show where there is nothing yet: says so plainly and offers the next step. */
export function EmptyState({ title, description, action, icon = <InboxIcon /> }: EmptyStateProps) {
  const { t } = useUi();
  return (
    <div className="tbx-root tbx-empty" role="status">
      {icon && (
        <div className="tbx-empty__icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <p className="tbx-empty__title">{title ?? t('empty')}</p>
      {description && <p className="tbx-empty__desc">{description}</p>}
      {action && <div className="tbx-empty__action">{action}</div>}
    </div>
  );
}
