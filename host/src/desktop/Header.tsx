import type { Locale } from '@toolbox/sdk';
import { useHost } from './HostContext.ts';

/** The unit as a worker says it: the street office, then the committee ("华阳路街道 · 华阳居委会"). */
function unitLabel(unit: { name: string; path: string[] }): string {
  const parent = unit.path.length >= 2 ? unit.path[unit.path.length - 2] : undefined;
  return parent && parent !== unit.name && !unit.name.startsWith(parent) ? `${parent} · ${unit.name}` : unit.name;
}

/** The top bar: product name (a link home), the user and their unit, the language switch and sign-out. */
export function Header() {
  const { t, me, locale, setLocale, logout, navigate } = useHost();
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
            <span className="visually-hidden">{t('header.unit')}：</span>
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
        <button type="button" className="button-quiet" onClick={logout}>
          {t('header.logout')}
        </button>
      </div>
    </header>
  );
}
