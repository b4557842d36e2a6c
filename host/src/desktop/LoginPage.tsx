import { useState, type FormEvent } from 'react';
import type { Locale } from '@toolbox/sdk';
import { ApiError } from '../api/http.ts';
import type { Translate } from './i18n/translate.ts';

export interface LoginPageProps {
  t: Translate;
  locale: Locale;
  setLocale(locale: Locale): void;
  onLogin(username: string, password: string): Promise<void>;
}

/** Username and password; the error says plainly what went wrong. */
export function LoginPage({ t, locale, setLocale, onLogin }: LoginPageProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await onLogin(username.trim(), password);
    } catch (e) {
      setError(e instanceof ApiError && (e.status === 401 || e.status === 400) ? t('login.failed') : t('login.error', { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  return (
    <main className="login" id="main">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-h">
        <h1 id="login-h">{t('login.title')}</h1>
        <label>
          <span>{t('login.username')}</span>
          <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} autoFocus />
        </label>
        <label>
          <span>{t('login.password')}</span>
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
        <div className="login-locale">
          <button type="button" className="button-link" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
            {locale === 'en' ? '中文' : 'English'}
          </button>
        </div>
      </form>
    </main>
  );
}
