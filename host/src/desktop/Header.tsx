import { lazy, Suspense, useState } from 'react';
import type { Locale } from '@toolbox/sdk';
import { useHost } from './HostContext.ts';
import { withPasswordFields } from './account/withPasswordFields.ts';

// 我的账号 is opened rarely: its code and words are a chunk of their own, outside the desktop's first load.
const AccountDialog = lazy(() => withPasswordFields(import('./account/AccountDialog.tsx')));

/** The unit's whole path, as the org tree has it now ("长宁区 / 华阳路街道 / 华阳居委会"). */
function unitLabel(unit: { name: string; path: string[] }): string {
  return unit.path.length > 0 ? unit.path.join(' / ') : unit.name;
}

/** The top bar: product name (a link home), the user and their unit, the language switch and sign-out. */
export function Header() {
  const { t, me, locale, setLocale, logout, navigate, setMyName } = useHost();
  const [account, setAccount] = useState(false);
  return (
    <header className="topbar">
      <a
        className="brand"
        href="/"
        onClick={(e) => {
          e.preventDefault();
          navigate('/');
        }}
      >
        {t('app.title')}
      </a>
      <div className="topbar-user">
        <span className="user-block">
          <span className="user-name">{me.name}</span>
          <span className="user-unit" title={me.unit.path.join(' / ')}>
            <span className="visually-hidden">{t('header.unit')}</span>
            {unitLabel(me.unit)}
          </span>
        </span>
        <label className="locale">
          <span className="visually-hidden">{t('header.locale')}</span>
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)} aria-label={t('header.locale')}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="button" className="button-quiet" onClick={() => setAccount(true)}>
          {t('header.account')}
        </button>
        <button type="button" className="button-quiet" onClick={logout}>
          {t('header.logout')}
        </button>
      </div>
      {account && (
        <Suspense>
          <AccountDialog onClose={() => setAccount(false)} onRenamed={setMyName} />
        </Suspense>
      )}
    </header>
  );
}
