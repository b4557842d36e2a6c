import { useLocale } from '@toolbox/sdk/react';
import { type KeyboardEvent, type ReactNode, useRef } from 'react';

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), summary, a[href], [tabindex]:not([tabindex="-1"])';

interface Props {
  /** The id of the dialog's title, and of what describes it. */
  labelledBy: string;
  describedBy: string;
  /** Escape pressed anywhere inside (the dialog decides whether it may close now). */
  onEscape(): void;
  /** A narrow dialog (a question) rather than the import's wide one. */
  narrow?: boolean;
  children: ReactNode;
  /** A `data-` attribute for tests and styles (data-import-dialog). */
  marker: string;
}

/**
 * A modal inside the app, over the desktop (导入, 删除): Tab stays inside and Escape asks to close. The dialog moves
 * focus in itself, to what the user is to do first.
 */
export function Modal({ labelledBy, describedBy, onEscape, narrow = false, children, marker }: Props) {
  const locale = useLocale();
  const panel = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onEscape();
    } else if (event.key === 'Tab' && panel.current) {
      const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and Tab from anywhere inside the dialog are handled here
    <div className="fr-overlay" onKeyDown={onKeyDown}>
      <div
        ref={panel}
        lang={locale}
        className={narrow ? 'tbx-root fr-dialog fr-dialog--narrow' : 'tbx-root fr-dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        {...{ [`data-${marker}`]: '' }}
      >
        {children}
      </div>
    </div>
  );
}
