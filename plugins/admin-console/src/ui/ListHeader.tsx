import type { ReactNode } from 'react';

interface Props {
  heading: ReactNode;
  /** The line under the heading: what the page is for, or whose units it shows. */
  subtitle: ReactNode;
  /** The page's tools on the right (refresh, downloads, filters). */
  tools: ReactNode;
  /** Extra class of the tools' box, for pages that lay their tools out differently. */
  toolsClassName?: string;
}

/** The header of a page reached from the console's tabs: heading and subtitle, its tools on the right. */
export function ListHeader({ heading, subtitle, tools, toolsClassName }: Props) {
  return (
    <header className="ac-header">
      <div className="ac-header__title">
        <h2>{heading}</h2>
        <p className="ac-muted">{subtitle}</p>
      </div>
      <div className={toolsClassName ? `ac-header__tools ${toolsClassName}` : 'ac-header__tools'}>{tools}</div>
    </header>
  );
}
