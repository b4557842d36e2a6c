import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer: ReactNode;
  wide?: boolean;
}

/**
 * A modal drawn inside the app's frame. Escape closes it and focus moves into it on open, so a keyboard user is
 * never left behind the overlay.
 */
export function Dialog({ title, onClose, children, footer, wide }: DialogProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = panel.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
  }, []);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from anywhere inside the dialog bubbles here and closes it
    <div className="ac-overlay" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div
        ref={panel}
        className={`ac-dialog${wide ? ' ac-dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <h2 id={titleId} className="ac-dialog__title">
          {title}
        </h2>
        <div className="ac-dialog__body">{children}</div>
        <div className="ac-dialog__footer">{footer}</div>
      </div>
    </div>
  );
}
