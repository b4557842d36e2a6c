import type { Locale } from '@toolbox/sdk';
import { accountMessages } from './accountMessages.ts';
import { PasswordFields } from './PasswordFields.tsx';

interface Props {
  locale: Locale;
  name: string;
  knownCurrent?: string;
  onChanged(): void;
  onSignOut(): void;
}

/** After a password reset: nothing else of the desktop until the user has chosen their own password. */
export default function PasswordChangePage({ locale, name, knownCurrent, onChanged, onSignOut }: Props) {
  const m = accountMessages(locale);
  return (
    <main className="notice-page account-forced" id="main">
      <section className="notice-card" aria-labelledby="forced-h">
        <h1 id="forced-h">{m('forcedTitle')}</h1>
        <p>{m('forcedHelp', { name })}</p>
        <PasswordFields locale={locale} knownCurrent={knownCurrent} currentLabel={m('forcedCurrent')} submitLabel={m('forcedSubmit')} onChanged={onChanged} />
        <button type="button" className="button-link" onClick={onSignOut}>
          {m('signOut')}
        </button>
      </section>
    </main>
  );
}
