import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Locale } from '@toolbox/sdk';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { fetchAuthMethods, type AuthMethods } from '../api/endpoints.ts';
import { ApiError, apiUrl } from '../api/http.ts';
import { isLoginKey, loginTranslator, type LoginTranslate } from './i18n/loginMessages.ts';

export interface LoginPageProps {
  locale: Locale;
  setLocale(locale: Locale): void;
  onLogin(username: string, password: string): Promise<void>;
}

/** Until the server says otherwise (or when it cannot be asked), the password form, as before single sign-on. */
const PASSWORD_ONLY: AuthMethods = { password: true, passwordForSome: false, sso: null };

/**
 * The code a refused single sign-on came back with (`/?ssoError=…`), taken out of the address so that a reload does
 * not show it again.
 */
function takeSsoError(): string | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('ssoError');
  if (code === null) return null;
  url.searchParams.delete('ssoError');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  return code.slice(0, 64);
}

function ssoMessage(t: LoginTranslate, code: string): string {
  const key = `login.sso.${code}`;
  return isLoginKey(key) ? t(key) : t('login.sso.other', { code });
}

/** Single sign-on when the server offers it, and the username and password form unless it is turned off. */
export function LoginPage({ locale, setLocale, onLogin }: LoginPageProps) {
  const t = useMemo(() => loginTranslator(locale), [locale]);
  const [methods, setMethods] = useState<AuthMethods | undefined>(undefined);
  const [showPassword, setShowPassword] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [ssoError] = useState(takeSsoError);

  useEffect(() => {
    fetchAuthMethods().then(setMethods, () => setMethods(PASSWORD_ONLY));
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await onLogin(username.trim(), password);
    } catch (e) {
      // A wrong password, or a form the server cannot read, is the one message the page has for it; anything else (a
      // disabled account, too many tries, the server out of reach) says what it is, in the page's language.
      const wrong = e instanceof ApiError && (e.code === 'TOOLBOX_LOGIN_FAILED' || e.code === 'TOOLBOX_VALIDATION_FAILED');
      setError(wrong ? t('login.failed') : t('login.error', { message: errorMessageFor(e, locale) }));
      setBusy(false);
    }
  };

  const sso = methods?.sso;
  const passwordForm = methods !== undefined && (methods.password || showPassword);
  const returnTo = window.location.pathname + window.location.search;

  return (
    <main className="login" id="main">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-h" aria-busy={methods === undefined}>
        <h1 id="login-h">{t('login.title')}</h1>
        {ssoError && (
          <p className="form-error" role="alert">
            {ssoMessage(t, ssoError)}
          </p>
        )}
        {sso && (
          // A top-level navigation (GET): the provider's page is left to the browser, which the CSP's form-action allows.
          <a className="button-primary login-sso" href={apiUrl(`${sso.loginUrl}?returnTo=${encodeURIComponent(returnTo)}`)}>
            {t('login.sso')}
          </a>
        )}
        {sso && passwordForm && <div className="login-or">{t('login.or')}</div>}
        {passwordForm && (
          <>
            <label>
              <span>{t('login.username')}</span>
              {/* biome-ignore lint/a11y/noAutofocus: the sign-in page has one task; the cursor starts in the first field, as staff expect */}
              <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} autoFocus={!sso} />
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
            <button type="submit" className={sso ? 'button-secondary' : 'button-primary'} disabled={busy}>
              {busy ? t('login.busy') : t('login.submit')}
            </button>
          </>
        )}
        {methods && !passwordForm && <p className="login-note">{t('login.ssoOnly')}</p>}
        <div className="login-locale">
          {methods?.passwordForSome && !showPassword && (
            <button type="button" className="button-link" onClick={() => setShowPassword(true)}>
              {t('login.breakGlass')}
            </button>
          )}{' '}
          <button type="button" className="button-link" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
            {locale === 'en' ? '中文' : 'English'}
          </button>
        </div>
      </form>
    </main>
  );
}
