import { Button } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import type { StaffUser } from '../api/types.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { labelOr } from '../i18n/labelOr.ts';
import { messages } from '../i18n/messages.ts';

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
  const t = useT(messages);
  return (
    <DataTable
      label={t('org.search')}
      rows={users}
      rowKey={(u) => u.id}
      rowAttributes={(u) => ({ 'data-user': u.username, className: u.disabled ? 'ac-org-disabled-row' : undefined })}
      columns={[
        {
          header: t('org.col.name'),
          rowHeader: true,
          cell: (u) => (
            <>
              {u.name}
              <div className="ac-ap-id ac-muted">{u.username}</div>
            </>
          ),
        },
        { header: t('org.col.unit'), cell: (u) => u.unit.path.slice(1).join(' / ') || u.unit.name },
        {
          header: t('org.col.role'),
          cell: (u) => (
            <>
              <span className={`ac-tag ${ROLE_TAG[u.role] ?? 'ac-tag--blue'}`}>{labelOr(t, 'org.role', u.role)}</span>
              {u.adminOf && <span className="ac-tag ac-tag--amber">{t('org.adminOfTag', u.adminOf.name)}</span>}
            </>
          ),
        },
        { header: t('org.col.phone'), className: 'ac-nowrap', cell: (u) => u.phone ?? '' },
        {
          header: t('org.col.status'),
          cell: (u) =>
            u.disabled ? (
              <span className="ac-tag ac-tag--grey">{t('org.disabledUser')}</span>
            ) : u.mustChangePassword ? (
              <span className="ac-tag ac-tag--amber">{t('org.mustChange')}</span>
            ) : (
              <span className="ac-tag ac-tag--green">{t('org.active')}</span>
            ),
        },
        {
          header: t('org.col.actions'),
          hiddenHeader: true,
          cell: (u) =>
            canManage(u) && (
              <div className="ac-org-row-actions">
                <Button variant="secondary" size="small" onClick={() => onEdit(u)} aria-label={`${t('org.edit')} ${u.name}`}>
                  {t('org.edit')}
                </Button>
                {!u.disabled && (
                  <Button variant="secondary" size="small" onClick={() => onReset(u)} aria-label={`${t('org.resetPassword')} ${u.name}`}>
                    {t('org.resetPassword')}
                  </Button>
                )}
                <Button
                  variant="secondary"
                  size="small"
                  className={u.disabled ? undefined : 'ac-btn--danger-outline'}
                  onClick={() => onToggle(u)}
                  aria-label={`${u.disabled ? t('org.enableUser') : t('org.disableUser')} ${u.name}`}
                >
                  {u.disabled ? t('org.enableUser') : t('org.disableUser')}
                </Button>
              </div>
            ),
        },
      ]}
    />
  );
}
