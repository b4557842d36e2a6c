import type { ReactNode } from 'react';
import { cx } from './cx.ts';
import { useUi } from './useUi.ts';

/** Props of `PageHeader`. */
export interface PageHeaderProps {
  /**
   * The page's title. Leave it out on an app's main page: the desktop's header above the frame already names the app
   * (with its owner and contact), and the same name twice costs a line of a 768-pixel-high screen. Give one on the
   * pages below it (新增走访, a record's page), where it says where the user is.
   */
  title?: ReactNode;
  /** What the page is for and whose it is (华阳居委会 · 重点人群走访). Without a title it leads the header. */
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
  // Nothing React would draw (`cond && title` included) counts as no title.
  const titled = title != null && title !== false && title !== true && title !== '';
  return (
    <header className={cx('tbx-root tbx-page-header', !titled && 'tbx-page-header--untitled')}>
      <div>
        {titled && <Heading className="tbx-page-header__title">{title}</Heading>}
        {subtitle && <p className="tbx-page-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="tbx-page-header__actions">{actions}</div>}
    </header>
  );
}
