import { Notice } from '@toolbox/sdk/ui';
import { useId, useState } from 'react';
import { useT } from '@toolbox/sdk/react';
import type { OrgUnit, StaffRole, StaffUser } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { Options } from '../ui/Options.tsx';
import { TextField } from '../ui/TextField.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogFooter } from '../ui/DialogFooter.tsx';
import { pathLabel } from './unitTree.ts';
import { useSubmit } from '../lib/useSubmit.ts';
import { labelOr } from '../i18n/labelOr.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  /** Absent: add a person. */
  user?: StaffUser;
  defaultUnit: string;
  /** Enabled units the caller manages: where a person may be placed, and what they may administer. */
  units: OrgUnit[];
  roles: StaffRole[];
  onClose(): void;
  /** `temporaryPassword` only when a person was added. */
  onDone(user: StaffUser, temporaryPassword?: string): void;
}

/** Add or edit a person: name, phone, unit, role and what they administer; the username only when adding. */
export function UserDialog({ user, defaultUnit, units, roles, onClose, onDone }: Props) {
  const { api } = useConsole();
  const t = useT(messages);
  const id = useId();
  const [username, setUsername] = useState('');
  const [name, setName] = useState(user?.name ?? '');
  const [phone, setPhone] = useState(user?.phone ?? '');
  const [unitId, setUnitId] = useState(user?.unit.id ?? defaultUnit);
  const [role, setRole] = useState<StaffRole>(user?.role ?? 'staff');
  const [adminOf, setAdminOf] = useState(user?.adminOf?.id ?? '');
  const { error, sending, run } = useSubmit();
  // A role the caller may not give (a developer seen by a street's 管理员) stays as it is, shown but fixed.
  const roleOptions = roles.includes(role) ? roles : [role, ...roles];

  const submit = () =>
    run(async () => {
      if (user) {
        const change: Parameters<typeof api.updateUser>[1] = {};
        if (name !== user.name) change.name = name;
        if ((phone || null) !== user.phone) change.phone = phone || null;
        if (unitId !== user.unit.id) change.unitId = unitId;
        if (role !== user.role) change.role = role;
        if ((adminOf || null) !== (user.adminOf?.id ?? null)) change.adminOf = adminOf || null;
        onDone(Object.keys(change).length > 0 ? await api.updateUser(user.id, change) : user);
      } else {
        const created = await api.createUser({ username, name, phone: phone || null, unitId, role, adminOf: adminOf || null });
        onDone(created.user, created.temporaryPassword ?? undefined);
      }
    });

  return (
    <Dialog
      title={user ? t('org.editUserTitle', user.name) : t('org.addUserTitle')}
      onClose={onClose}
      footer={
        <DialogFooter onCancel={onClose} confirm={t('org.save')} onConfirm={submit} sending={sending} disabled={!name.trim() || (!user && !username.trim())} />
      }
    >
      {!user && <TextField label={t('org.username')} value={username} maxLength={64} autoComplete="off" onChange={setUsername} hint={t('org.usernameHelp')} />}
      <TextField label={t('org.name')} value={name} maxLength={40} onChange={setName} />
      <TextField label={t('org.phone')} value={phone} maxLength={40} inputMode="tel" onChange={setPhone} />
      <div className="ac-field">
        <label htmlFor={`${id}-unit`}>{t('org.unit')}</label>
        <select id={`${id}-unit`} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          {!units.some((u) => u.id === unitId) && <option value={unitId}>{user ? pathLabel({ name: user.unit.name, path: user.unit.path }) : unitId}</option>}
          <Options items={units} value={(u) => u.id} label={(u) => pathLabel(u)} />
        </select>
      </div>
      <div className="ac-field">
        <label htmlFor={`${id}-role`}>{t('org.roleLabel')}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as StaffRole)} disabled={roleOptions.length < 2}>
          <Options items={roleOptions} value={(r) => r} label={(r) => labelOr(t, 'org.role', r)} />
        </select>
      </div>
      <div className="ac-field">
        <label htmlFor={`${id}-admin-of`}>{t('org.adminOf')}</label>
        <select id={`${id}-admin-of`} value={adminOf} onChange={(e) => setAdminOf(e.target.value)}>
          <option value="">{t('org.adminOfNone')}</option>
          <Options items={units} value={(u) => u.id} label={(u) => pathLabel(u)} />
        </select>
        <span className="ac-muted">{t('org.adminOfHelp')}</span>
      </div>
      {error && <Notice type="error">{error}</Notice>}
    </Dialog>
  );
}
