import type { ReactNode } from 'react';
import { Button } from './Button.tsx';
import { useUi } from './useUi.ts';

/** Props of `Notice`. */
export interface NoticeProps {
  type?: 'info' | 'success' | 'warning' | 'error';
  title?: ReactNode;
  children?: ReactNode;
  /** Shows a close button that calls this. */
  onClose?: () => void;
}

/**
 * An inline message box. Errors and warnings are announced at once (`role="alert"`); info and success politely
 * (`role="status"`).
 */
export function Notice({ type = 'info', title, children, onClose }: NoticeProps) {
  const { t } = useUi();
  const urgent = type === 'error' || type === 'warning';
  return (
    <div className={`tbx-root tbx-notice tbx-notice--${type}`} role={urgent ? 'alert' : 'status'}>
      <div className="tbx-notice__body">
        {title && <p className="tbx-notice__title">{title}</p>}
        {children}
      </div>
      {onClose && (
        <Button variant="link" size="small" onClick={onClose} aria-label={t('close')}>
          ✕
        </Button>
      )}
    </div>
  );
}
