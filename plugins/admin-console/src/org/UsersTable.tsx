import { Button } from '@toolbox/sdk/ui';
import type { StaffUser } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';

interface Props {
  users: StaffUser[];
  /** Whether the caller may change this person (a street's 管理员: staff only). */
  canManage(user: StaffUser): boolean;
  onEdit(user: StaffUser): void;
  onReset(user: StaffUser): void;
  onToggle(user: StaffUser): void;
}

export function UsersTable({ users, canManage, onEdit, onReset, onToggle }: Props) {
  const { m } = useConsole();
  const t = m.org;
  return (
    <table className="ac-table" aria-label={t.search}>
      <thead>
        <tr>
          <th scope="col">{t.col.name}</th>
          <th scope="col">{t.col.unit}</th>
          <th scope="col">{t.col.role}</th>
          <th scope="col">{t.col.phone}</th>
          <th scope="col">{t.col.status}</th>
          <th scope="col">
            <span className="ac-sr-only">{t.col.actions}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id} data-user={u.username} className={u.disabled ? 'ac-org-disabled-row' : undefined}>
            <th scope="row">
              {u.name}
              <div className="ac-ap-id ac-muted">{u.username}</div>
            </th>
            <td>{u.unit.path.slice(1).join(' / ') || u.unit.name}</td>
            <td>
              <span className={`ac-tag ${u.role === 'admin' ? 'ac-tag--red' : u.role === 'staff' ? 'ac-tag--grey' : 'ac-tag--blue'}`}>{t.role[u.role] ?? u.role}</span>
              {u.adminOf && <span className="ac-tag ac-tag--amber">{t.adminOfTag(u.adminOf.name)}</span>}
            </td>
            <td className="ac-nowrap">{u.phone ?? ''}</td>
            <td>
              {u.disabled ? (
                <span className="ac-tag ac-tag--grey">{t.disabledUser}</span>
              ) : u.mustChangePassword ? (
                <span className="ac-tag ac-tag--amber">{t.mustChange}</span>
              ) : (
                <span className="ac-tag ac-tag--green">{t.active}</span>
              )}
            </td>
            <td>
              {canManage(u) && (
                <div className="ac-org-row-actions">
                  <Button variant="secondary" size="small" onClick={() => onEdit(u)} aria-label={`${t.edit} ${u.name}`}>
                    {t.edit}
                  </Button>
                  {!u.disabled && (
                    <Button variant="secondary" size="small" onClick={() => onReset(u)} aria-label={`${t.resetPassword} ${u.name}`}>
                      {t.resetPassword}
                    </Button>
                  )}
                  <Button
                    variant="secondary"
                    size="small"
                    className={u.disabled ? undefined : 'ac-btn--danger-outline'}
                    onClick={() => onToggle(u)}
                    aria-label={`${u.disabled ? t.enableUser : t.disableUser} ${u.name}`}
                  >
                    {u.disabled ? t.enableUser : t.disableUser}
                  </Button>
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
