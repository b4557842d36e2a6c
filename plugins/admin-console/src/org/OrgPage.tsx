import { Button } from '@toolbox/sdk/ui';
import { useEffect, useMemo, useState } from 'react';
import type { UserDto } from '@toolbox/sdk/api';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { StaffRole, StaffUser, UnitKind } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { useLoad } from '../lib/useLoad.ts';
import { ListHeader } from '../ui/ListHeader.tsx';
import { RefreshButton } from '../ui/RefreshButton.tsx';
import { Empty, LoadError, Loading } from '../ui/StateView.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog.tsx';
import { UnitDialog, type UnitDialogMode } from './UnitDialog.tsx';
import { UserDialog } from './UserDialog.tsx';
import { UnitTree } from './UnitTree.tsx';
import { UsersTable } from './UsersTable.tsx';
import { RosterPage } from '../roster/RosterPage.tsx';
import { rosterMessages } from '../roster/rosterMessages.ts';
import { childrenByParent, pathLabel, subtreeIds } from './unitTree.ts';
import { labelOr } from '../i18n/labelOr.ts';
import { messages } from '../i18n/messages.ts';

const ALL_KINDS: UnitKind[] = ['street', 'town', 'committee', 'department'];
const DELEGATED_KINDS: UnitKind[] = ['committee', 'department'];
const ALL_ROLES: StaffRole[] = ['staff', 'maker', 'developer', 'reviewer', 'admin'];

type Pending =
  | { kind: 'unit'; mode: UnitDialogMode }
  | { kind: 'unit-disable' }
  | { kind: 'unit-delete' }
  | { kind: 'user'; user?: StaffUser }
  | { kind: 'user-toggle'; user: StaffUser }
  | { kind: 'user-reset'; user: StaffUser }
  | { kind: 'temporary'; password: string; user: StaffUser };

/**
 * 组织与人员: the org tree on the left, the selected unit and its people on the right. An admin manages the whole
 * tree; a street's 管理员 sees and manages only their street (the server checks every call again).
 */
export function OrgPage() {
  const { api, notify } = useConsole();
  const locale = useLocale();
  const t = useT(messages);
  const tRoster = useT(rosterMessages);
  const data = useLoad(async () => {
    const [me, units] = await Promise.all([api.me(), api.manageableUnits()]);
    return { me, units };
  }, 'org');
  const [selected, setSelected] = useState<string>();
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [query, setQuery] = useState('');
  const [subunits, setSubunits] = useState(false);
  const [showDisabled, setShowDisabled] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const [usersKey, setUsersKey] = useState(0);
  // 名册导入导出 (its own page, src/roster/): opened from the header, back here reloading what it changed.
  const [roster, setRoster] = useState(false);
  const refreshUsersNow = () => setUsersKey((k) => k + 1);

  const me: UserDto | undefined = data.data?.me;
  const units = data.data?.units ?? [];
  const isAdmin = me?.role === 'admin';
  const tree = useMemo(() => childrenByParent(units), [units]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const unit = selected ? byId.get(selected) : undefined;
  const scopeRoot = isAdmin ? undefined : me?.adminOf?.id;

  // Open on the top of what the caller manages, with its first level expanded.
  useEffect(() => {
    if (!selected && tree.roots[0]) {
      setSelected(tree.roots[0].id);
      setExpanded(new Set(tree.roots.map((r) => r.id)));
    }
  }, [tree, selected]);

  const users = useLoad(
    () => (unit ? api.users({ unit: unit.id, subunits, q: query.trim() || undefined, includeDisabled: showDisabled }) : Promise.resolve({ items: [], total: 0 })),
    `${unit?.id}|${subunits}|${query.trim()}|${showDisabled}|${usersKey}`,
  );

  if (data.error) return <LoadError error={data.error} onRetry={data.reload} />;
  if (roster) {
    return (
      <RosterPage
        scope={!isAdmin && me?.adminOf ? pathLabel(me.adminOf) : undefined}
        onBack={(changed) => {
          setRoster(false);
          if (changed) {
            data.reload();
            refreshUsersNow();
          }
        }}
      />
    );
  }
  if (!data.data) return <Loading />;

  const liveUnits = units.filter((u) => !u.disabled);
  const canChangeUnit = !!unit && unit.id !== scopeRoot && (isAdmin || unit.parentId !== null);
  const moveTargets = unit ? liveUnits.filter((u) => !subtreeIds(unit.id, tree.children).has(u.id) && u.id !== unit.parentId) : [];
  const refreshUsers = () => setUsersKey((k) => k + 1);
  const afterTreeChange = (message: string) => {
    setPending(undefined);
    notify({ type: 'success', message });
    data.reload();
  };

  return (
    <div className="ac-page">
      <ListHeader
        heading={t('org.heading')}
        subtitle={isAdmin || !me?.adminOf ? t('org.subtitle') : t('org.delegatedSubtitle', pathLabel(me.adminOf))}
        tools={
          <>
            <Button variant="secondary" size="small" onClick={() => setRoster(true)} data-open-roster>
              {tRoster('open')}
            </Button>
            <RefreshButton
              onClick={() => {
                data.reload();
                refreshUsers();
              }}
              loading={data.loading}
            />
          </>
        }
      />
      <div className="ac-org-body">
        <nav className="ac-org-side" aria-label={t('org.tree')}>
          <UnitTree
            roots={tree.roots}
            childrenOf={tree.children}
            expanded={expanded}
            selected={selected}
            onSelect={(id) => {
              setSelected(id);
              setExpanded((e) => new Set(e).add(id));
            }}
            onToggle={(id) =>
              setExpanded((e) => {
                const next = new Set(e);
                if (!next.delete(id)) next.add(id);
                return next;
              })
            }
          />
        </nav>
        <section className="ac-org-main">
          {!unit ? (
            <Empty title={t('org.selectUnit')} />
          ) : (
            <>
              <div className="ac-org-unit" data-selected-unit={unit.id}>
                <div>
                  <div className="ac-org-unit__name">
                    <strong>{unit.name}</strong>
                    <span className="ac-tag ac-tag--blue">{labelOr(t, 'org.kind', unit.kind)}</span>
                    {unit.disabled && <span className="ac-tag ac-tag--grey">{t('org.disabledTag')}</span>}
                  </div>
                  <p className="ac-org-unit__path">{pathLabel(unit)}</p>
                </div>
                <div className="ac-org-actions">
                  {!unit.disabled && (
                    <Button size="small" onClick={() => setPending({ kind: 'unit', mode: 'add' })}>
                      {t('org.addChild')}
                    </Button>
                  )}
                  {canChangeUnit && (
                    <>
                      <Button variant="secondary" size="small" onClick={() => setPending({ kind: 'unit', mode: 'rename' })}>
                        {t('org.rename')}
                      </Button>
                      {unit.parentId !== null && (
                        <Button variant="secondary" size="small" onClick={() => setPending({ kind: 'unit', mode: 'move' })} disabled={moveTargets.length === 0}>
                          {t('org.move')}
                        </Button>
                      )}
                      {unit.disabled ? (
                        <Button
                          variant="secondary"
                          size="small"
                          onClick={async () => {
                            try {
                              await api.updateUnit(unit.id, { disabled: false });
                              afterTreeChange(t('org.enabledDone', unit.name));
                            } catch (e) {
                              notify({ type: 'error', message: errorMessageFor(e, locale) });
                            }
                          }}
                        >
                          {t('org.enable')}
                        </Button>
                      ) : (
                        <Button variant="secondary" size="small" className="ac-btn--danger-outline" onClick={() => setPending({ kind: 'unit-disable' })}>
                          {t('org.disable')}
                        </Button>
                      )}
                      <Button variant="secondary" size="small" className="ac-btn--danger-outline" onClick={() => setPending({ kind: 'unit-delete' })}>
                        {t('org.deleteUnit')}
                      </Button>
                    </>
                  )}
                </div>
              </div>
              <div className="ac-toolbar">
                <div className="ac-filters" role="search">
                  <label>
                    <span>{t('org.search')}</span>
                    <input type="search" value={query} placeholder={t('org.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
                  </label>
                  <label className="ac-org-check">
                    <input type="checkbox" checked={subunits} onChange={(e) => setSubunits(e.target.checked)} />
                    <span>{t('org.includeSubunits')}</span>
                  </label>
                  <label className="ac-org-check">
                    <input type="checkbox" checked={showDisabled} onChange={(e) => setShowDisabled(e.target.checked)} />
                    <span>{t('org.showDisabled')}</span>
                  </label>
                </div>
                <div className="ac-inline">
                  {users.data && <span className="ac-muted ac-count">{t('org.userCount', users.data.items.length, users.data.total)}</span>}
                  {!unit.disabled && (
                    <Button size="small" onClick={() => setPending({ kind: 'user' })}>
                      {t('org.addUser')}
                    </Button>
                  )}
                </div>
              </div>
              <div className="ac-table-scroll ac-org-users">
                {users.error ? (
                  <LoadError error={users.error} onRetry={users.reload} />
                ) : !users.data ? (
                  <Loading />
                ) : users.data.items.length === 0 ? (
                  query.trim() ? <Empty title={t('org.noMatch')} filtered /> : <Empty title={t('org.noUsers')} hint={t('org.noUsersHint')} />
                ) : (
                  <UsersTable
                    users={users.data.items}
                    canManage={(u) => isAdmin || u.role === 'staff'}
                    onEdit={(user) => setPending({ kind: 'user', user })}
                    onReset={(user) => setPending({ kind: 'user-reset', user })}
                    onToggle={(user) => setPending({ kind: 'user-toggle', user })}
                  />
                )}
              </div>
            </>
          )}
        </section>
      </div>

      {unit && pending?.kind === 'unit' && (
        <UnitDialog
          mode={pending.mode}
          unit={unit}
          parents={moveTargets}
          kinds={isAdmin ? ALL_KINDS : DELEGATED_KINDS}
          onClose={() => setPending(undefined)}
          onDone={(result) => {
            if (pending.mode === 'add') setSelected(result.id);
            afterTreeChange(pending.mode === 'add' ? t('org.unitAdded', result.name) : t('org.saved'));
          }}
        />
      )}
      {unit && (pending?.kind === 'unit-disable' || pending?.kind === 'unit-delete') && (
        <ConfirmDialog
          danger
          onClose={() => setPending(undefined)}
          {...(pending.kind === 'unit-disable'
            ? {
                title: t('org.disableTitle', unit.name),
                help: t('org.disableHelp'),
                confirm: t('org.disable'),
                onConfirm: async () => {
                  await api.updateUnit(unit.id, { disabled: true });
                  afterTreeChange(t('org.disabledDone', unit.name));
                },
              }
            : {
                title: t('org.deleteTitle', unit.name),
                help: t('org.deleteHelp'),
                confirm: t('org.deleteUnit'),
                onConfirm: async () => {
                  await api.deleteUnit(unit.id);
                  setSelected(unit.parentId ?? undefined);
                  afterTreeChange(t('org.deleted', unit.name));
                },
              })}
        />
      )}
      {unit && pending?.kind === 'user' && (
        <UserDialog
          user={pending.user}
          defaultUnit={unit.id}
          units={liveUnits}
          roles={isAdmin ? ALL_ROLES : ['staff']}
          onClose={() => setPending(undefined)}
          onDone={(user, temporaryPassword) => {
            refreshUsers();
            if (temporaryPassword) {
              notify({ type: 'success', message: t('org.userAdded', user.name) });
              setPending({ kind: 'temporary', password: temporaryPassword, user });
            } else {
              setPending(undefined);
              notify({ type: 'success', message: t('org.saved') });
            }
          }}
        />
      )}
      {pending?.kind === 'user-toggle' && (
        <ConfirmDialog
          title={t(pending.user.disabled ? 'org.enableUserTitle' : 'org.disableUserTitle', pending.user.name)}
          help={pending.user.disabled ? '' : t('org.disableUserHelp')}
          confirm={pending.user.disabled ? t('org.enableUser') : t('org.disableUser')}
          danger={!pending.user.disabled}
          onClose={() => setPending(undefined)}
          onConfirm={async () => {
            const user = pending.user;
            await api.updateUser(user.id, { disabled: !user.disabled });
            setPending(undefined);
            refreshUsers();
            notify({ type: 'success', message: user.disabled ? t('org.enabledDone', user.name) : t('org.disabledDone', user.name) });
          }}
        />
      )}
      {pending?.kind === 'user-reset' && (
        <ConfirmDialog
          title={t('org.resetTitle', pending.user.name)}
          help={t('org.resetHelp')}
          confirm={t('org.resetConfirm')}
          onClose={() => setPending(undefined)}
          onConfirm={async () => {
            const password = await api.resetPassword(pending.user.id);
            refreshUsers();
            setPending({ kind: 'temporary', password, user: pending.user });
          }}
        />
      )}
      {pending?.kind === 'temporary' && (
        <TemporaryPasswordDialog password={pending.password} name={pending.user.name} username={pending.user.username} onClose={() => setPending(undefined)} />
      )}
    </div>
  );
}
