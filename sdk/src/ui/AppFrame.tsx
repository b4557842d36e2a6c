import type { ReactNode } from 'react';
import { cx } from './cx.ts';
import { PageHeader } from './PageHeader.tsx';
import { useUi } from './useUi.ts';

/** Props of `AppFrame`. */
export interface AppFrameProps {
  /**
   * The page's title (the `PageHeader`'s h2). Leave it out on the app's main page: the desktop's header above the
   * frame names the app. Give one on the pages below it (新增走访, 工单 20261126000317).
   */
  title?: ReactNode;
  subtitle?: ReactNode;
  /** The page's main actions (a 新增 button, 返回), at the right of the header. */
  actions?: ReactNode;
  /**
   * The app's own stylesheet, rendered as a `<style>` inside the frame: it arrives with the remote and leaves with
   * unmount, without a CSS file for the host to fetch.
   */
  css?: string;
  /** More classes on the root (`tbx-app` is always there), e.g. the app's prefix for its container queries. */
  className?: string;
  children?: ReactNode;
}

/**
 * The root of an app that fills the host's frame: the `tbx-app` column with the app's stylesheet, the `PageHeader` on
 * top and the page under it (a `tbx-app__body` or `tbx-app__form`).
 */
export function AppFrame({ title, subtitle, actions, css, className, children }: AppFrameProps) {
  useUi();
  return (
    <div className={cx('tbx-app', className)}>
      {css && <style>{css}</style>}
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      {children}
    </div>
  );
}
