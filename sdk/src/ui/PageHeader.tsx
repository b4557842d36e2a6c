import type { ReactNode } from 'react';
import { useUi } from './useUi.ts';

/** Props of `PageHeader`. */
export interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** The page's main actions (e.g. a 新增 button), at the right. */
  actions?: ReactNode;
  /** Heading level: 2 by default, since the host's own title is the page's h1. */
  level?: 1 | 2 | 3;
}

/** The title row of an app's page, with a subtitle and actions. */
export function PageHeader({ title, subtitle, actions, level = 2 }: PageHeaderProps) {
  useUi();
  const Heading = `h${level}` as const;
  return (
    <header className="tbx-root tbx-page-header">
      <div>
        <Heading className="tbx-page-header__title">{title}</Heading>
        {subtitle && <p className="tbx-page-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="tbx-page-header__actions">{actions}</div>}
    </header>
  );
}
