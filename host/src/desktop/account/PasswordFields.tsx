import { useState, type FormEvent } from 'react';
import type { Locale } from '@toolbox/sdk';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { changePassword } from './accountApi.ts';
import { accountMessages } from './accountMessages.ts';

interface Props {
  locale: Locale;
  /** The temporary password just typed at sign-in, so it need not be typed again. */
  knownCurrent?: string;
  currentLabel?: string;
  submitLabel?: string;
  /** After the change; `tokensRevoked` of the user's tokens went with the old password. */
  onChanged(result: { tokensRevoked: number }): void;
}

/** Current password, new password twice; a refusal (wrong current password, a weak new one) in the user's language. */
export function PasswordFields({ locale, knownCurrent, currentLabel, submitLabel, onChanged }: Props) {
  const m = accountMessages(locale);
  const [current, setCurrent] = useState(knownCurrent ?? '');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== again) return setError(m('mismatch'));
    setError(undefined);
    setBusy(true);
    try {
      const result = await changePassword(current, next);
      setNext('');
      setAgain('');
      onChanged(result);
    } catch (e) {
      setError(errorMessageFor(e, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="account-form" onSubmit={submit}>
      {knownCurrent === undefined && (
        <label className="field">
          {currentLabel ?? m('current')}
          <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />
        </label>
      )}
      <label className="field">
        {m('next')}
        <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required minLength={10} />
      </label>
      <label className="field">
        {m('confirm')}
        <input type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} required />
      </label>
      <p className="account-hint">{m('policy')}</p>
      {error && (
        <p className="account-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? m('busy') : (submitLabel ?? m('changePassword'))}
        </button>
      </div>
    </form>
  );
}
