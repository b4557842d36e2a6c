import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx } from './cx.ts';
import { useUi } from './useUi.ts';

/** Props of `Button`: a native button (type `button` by default, so it never submits a form by accident). */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  size?: 'normal' | 'small';
  /**
   * Busy: a turning mark before the label, `aria-busy` and disabled. The label stays: the button says what it is
   * doing (提交评价, 导入 300 条), as a kit's fixed word (正在保存…) could not for a print, an import or a delete.
   */
  loading?: boolean;
  children?: ReactNode;
}

/** The kit's button. Primary is the government blue (#1f5fbf); keyboard focus shows a clear outline. */
export function Button({ variant = 'primary', size = 'normal', loading = false, disabled, className, type = 'button', children, ...rest }: ButtonProps) {
  // For the stylesheet (the spinner lives there); the kit's words are not needed.
  useUi();
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cx('tbx-root', 'tbx-btn', variant !== 'primary' && `tbx-btn--${variant}`, size === 'small' && 'tbx-btn--small', className)}
    >
      {loading && <span className="tbx-btn__spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
