import { useCallback, useEffect, useRef, useState } from 'react';
import { shanghaiDateTime } from '../../runtime/sdkShare.ts';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { useHost } from '../HostContext.ts';
import { endOtherSessions, endSession, fetchSessions, renameMe, type SessionItem } from './accountApi.ts';
import { accountMessages } from './accountMessages.ts';
import { PasswordFields } from './PasswordFields.tsx';

/** 我的账号: the user's own name, password and sessions. Loaded on first use (a chunk of its own). */
export default function AccountDialog({ onClose, onRenamed }: { onClose(): void; onRenamed(name: string): void }) {
  const { me, locale, notify } = useHost();
  const m = accountMessages(locale);
  const [name, setName] = useState(me.name);
  const [sessions, setSessions] = useState<SessionItem[]>();
  const [error, setError] = useState<string>();
  const panel = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    fetchSessions().then(setSessions, (e: unknown) => setError(errorMessageFor(e, locale)));
  }, [locale]);
  useEffect(() => {
    load();
    panel.current?.querySelector<HTMLElement>('input')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [load, onClose]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setError(undefined);
    try {
      await work();
      notify({ type: 'success', message: done });
      load();
    } catch (e) {
      setError(errorMessageFor(e, locale));
    }
  };
  const others = (sessions ?? []).filter((s) => !s.current);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click beside the dialog closes it; the keyboard has Escape (above) and the close button
    // biome-ignore lint/a11y/useKeyWithClickEvents: as above, Escape is handled on the document
    <div className="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={panel} className="modal account-modal" role="dialog" aria-modal="true" aria-labelledby="account-h">
        <div className="account-head">
          <h2 id="account-h">{m('title')}</h2>
          <button type="button" className="button-secondary" onClick={onClose}>
            {m('close')}
          </button>
        </div>
        <p className="account-who">
          {me.username} · {me.unit.path.join(' / ')}
        </p>
        <section aria-labelledby="account-name">
          <h3 id="account-name">{m('nameSection')}</h3>
          <form
            className="account-inline"
            onSubmit={(e) => {
              e.preventDefault();
              void act(async () => {
                const { user } = await renameMe(name);
                onRenamed(user.name);
              }, m('saved'));
            }}
          >
            <label className="visually-hidden" htmlFor="account-name-input">
              {m('nameLabel')}
            </label>
            <input id="account-name-input" value={name} maxLength={40} onChange={(e) => setName(e.target.value)} required />
            <button type="submit" className="button-secondary" disabled={!name.trim() || name.trim() === me.name}>
              {m('save')}
            </button>
          </form>
        </section>
        <section aria-labelledby="account-password">
          <h3 id="account-password">{m('passwordSection')}</h3>
          <PasswordFields
            locale={locale}
            onChanged={({ tokensRevoked }) => {
              notify({ type: 'success', message: tokensRevoked > 0 ? m('changedTokens', { count: tokensRevoked }) : m('changed') });
              load();
            }}
          />
        </section>
        <section aria-labelledby="account-sessions">
          <h3 id="account-sessions">{m('sessionsSection')}</h3>
          <p className="account-hint">{m('sessionsHelp')}</p>
          <ul className="account-sessions">
            {(sessions ?? []).map((s) => {
              const device = s.userAgent ?? m('unknownBrowser');
              return (
                <li key={s.id} data-session={s.id}>
                  <div>
                    <strong>{device}</strong>
                    {s.current && <span className="tag tag-current">{m('thisDevice')}</span>}
                    <div className="account-hint">
                      {m('signedIn', { at: shanghaiDateTime(s.createdAt) })} · {m('lastSeen', { at: shanghaiDateTime(s.lastSeenAt) })}
                      {s.address ? ` · ${s.address}` : ''}
                    </div>
                  </div>
                  {!s.current && (
                    <button type="button" className="button-secondary" aria-label={m('endLabel', { device })} onClick={() => act(() => endSession(s.id), m('ended'))}>
                      {m('end')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {sessions && (others.length > 0 ? (
            <button type="button" className="button-secondary" onClick={() => act(async () => endOtherSessions(), m('endedOthers', { n: others.length }))}>
              {m('endOthers')}
            </button>
          ) : (
            <p className="account-hint">{m('noOthers')}</p>
          ))}
        </section>
        {error && (
          <p className="account-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
