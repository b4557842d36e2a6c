import { maintainerRoles } from '@toolbox/sdk';
import { useMemo, useState } from 'react';
import { useT } from '@toolbox/sdk/react';
import type { StaffUser } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { useLoad } from '../lib/useLoad.ts';
import { LoadError } from '../ui/StateView.tsx';
import { labelOr } from '../i18n/labelOr.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  appId: string;
  /** The account that maintains the app now, once the page's app list is read. */
  ownerId: string | undefined;
  value: string;
  onChange(userId: string): void;
}

/**
 * The hand-over's choice of a new maintainer: the current one named, the others in a list filtered as one types
 * (name, username or phone). The server lists only the roles that may maintain the app (`roles`), so the thousands
 * of a district's staff are not read: its makers, developers and admins are a few dozen.
 */
export function MaintainerPicker({ appId, ownerId, value, onChange }: Props) {
  const { api } = useConsole();
  const t = useT(messages);
  const [query, setQuery] = useState('');
  // Who may be chosen: enabled accounts of the roles that may maintain this app (makers for a form app only).
  const users = useLoad(async () => {
    const roles = maintainerRoles(await api.versionKinds(appId));
    // Disabled accounts too, so that a maintainer who has left is still named as the current one.
    return (await api.users({ roles, includeDisabled: true, limit: 500 })).items;
  }, `maintainers:${appId}`);
  const eligible = useMemo(() => (users.data ?? []).filter((u) => !u.disabled), [users.data]);
  const owner = ownerId ? (users.data ?? []).find((u) => u.id === ownerId) : undefined;
  const q = query.trim().toLowerCase();
  const shown = eligible.filter((u) => u.id !== ownerId && (!q || [u.name, u.username, u.phone ?? ''].some((t) => t.toLowerCase().includes(q))));
  const label = (u: StaffUser) => `${u.name}（${u.username}，${u.disabled ? t('disabledAccount') : labelOr(t, 'roleName', u.role)}）`;

  if (users.error) return <LoadError error={users.error} onRetry={users.reload} />;
  return (
    <>
      <p className="ac-field">
        <span className="ac-muted">{t('maintainer')}</span>
        <span>{owner ? label(owner) : users.data ? t('maintainerUnknown') : '…'}</span>
      </p>
      <div className="ac-field">
        <label htmlFor="ac-maintainer">{t('newMaintainer')}</label>
        <input type="search" aria-label={t('maintainerSearch')} placeholder={t('maintainerSearch')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select id="ac-maintainer" size={Math.min(6, Math.max(2, shown.length))} value={value} onChange={(e) => onChange(e.target.value)} required>
          {shown.length === 0 && <option disabled>{t('noMaintainers')}</option>}
          {shown.map((u) => (
            <option key={u.id} value={u.id}>
              {label(u)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
