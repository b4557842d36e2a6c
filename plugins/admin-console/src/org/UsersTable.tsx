import { Button } from '@toolbox/sdk/ui';
import type { StaffUser } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { DataTable } from '../ui/DataTable.tsx';

interface Props {
  users: StaffUser[];
  /** Whether the caller may change this person (a street's 管理员: staff only). */
  canManage(user: StaffUser): boolean;
  onEdit(user: StaffUser): void;
  onReset(user: StaffUser): void;
  onToggle(user: StaffUser): void;
}

const ROLE_TAG: Record<string, string> = { admin: 'ac-tag--red', staff: 'ac-tag--grey' };

export function UsersTable({ users, canManage, onEdit, onReset, onToggle }: Props) {
  const { m } = useConsole();
  const t = m.org;
  return (
    <DataTable
      label={t.search}
      rows={users}
      rowKey={(u) => u.id}
      rowAttributes={(u) => ({ 'data-user': u.username, className: u.disabled ? 'ac-org-disabled-row' : undefined })}
      columns={[
        {
          header: t.col.name,
          rowHeader: true,
          cell: (u) => (
            <>
              {u.name}
              <div className="ac-ap-id ac-muted">{u.username}</div>
            </>
          ),
        },
        { header: t.col.unit, cell: (u) => u.unit.path.slice(1).join(' / ') || u.unit.name },
        {
          header: t.col.role,
          cell: (u) => (
            <>
              <span className={`ac-tag ${ROLE_TAG[u.role] ?? 'ac-tag--blue'}`}>{t.role[u.role] ?? u.role}</span>
              {u.adminOf && <span className="ac-tag ac-tag--amber">{t.adminOfTag(u.adminOf.name)}</span>}
            </>
          ),
        },
        { header: t.col.phone, className: 'ac-nowrap', cell: (u) => u.phone ?? '' },
        {
          header: t.col.status,
          cell: (u) =>
            u.disabled ? (
              <span className="ac-tag ac-tag--grey">{t.disabledUser}</span>
            ) : u.mustChangePassword ? (
              <span className="ac-tag ac-tag--amber">{t.mustChange}</span>
            ) : (
              <span className="ac-tag ac-tag--green">{t.active}</span>
            ),
        },
        {
          header: t.col.actions,
          hiddenHeader: true,
          cell: (u) =>
            canManage(u) && (
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
            ),
        },
      ]}
    />
  );
}
