import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx } from './cx.ts';
import { useUi } from './useUi.ts';

/** Props of `Button`: a native button (type `button` by default, so it never submits a form by accident). */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  size?: 'normal' | 'small';
  /** Shows a busy state and disables the button. */
  loading?: boolean;
  children?: ReactNode;
}

/** The kit's button. Primary is the government blue (#1f5fbf); keyboard focus shows a clear outline. */
export function Button({ variant = 'primary', size = 'normal', loading = false, disabled, className, type = 'button', children, ...rest }: ButtonProps) {
  const { t } = useUi();
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cx('tbx-root', 'tbx-btn', variant !== 'primary' && `tbx-btn--${variant}`, size === 'small' && 'tbx-btn--small', className)}
    >
      {loading ? t('submitting') : children}
    </button>
  );
}
