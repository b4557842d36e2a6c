import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from './cx.ts';
import { useUi } from './useUi.ts';

/** Props of `Card`. */
export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  /** Buttons or links shown at the right of the title. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A white panel with an optional title; a titled card is a labelled region for screen readers. */
export function Card({ title, actions, children, className, ...rest }: CardProps) {
  useUi();
  const titleId = useId();
  return (
    <section {...rest} className={cx('tbx-root', 'tbx-card', className)} aria-labelledby={title ? titleId : undefined}>
      {(title || actions) && (
        <div className="tbx-card__head">
          {title && (
            <h3 id={titleId} className="tbx-card__title">
              {title}
            </h3>
          )}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}
