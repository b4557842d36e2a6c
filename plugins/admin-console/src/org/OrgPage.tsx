import { Button } from '@toolbox/sdk/ui';
import { useEffect, useMemo, useState } from 'react';
import type { UserDto } from '@toolbox/sdk/api';
import { errorMessageFor } from '@toolbox/sdk/api/client';
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
  const { api, m, notify, locale } = useConsole();
  const t = m.org;
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
        heading={t.heading}
        subtitle={isAdmin || !me?.adminOf ? t.subtitle : t.delegatedSubtitle(pathLabel(me.adminOf))}
        tools={
          <>
            <Button variant="secondary" size="small" onClick={() => setRoster(true)} data-open-roster>
              {rosterMessages(locale).open}
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
        <nav className="ac-org-side" aria-label={t.tree}>
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
            <Empty title={t.selectUnit} />
          ) : (
            <>
              <div className="ac-org-unit" data-selected-unit={unit.id}>
                <div>
                  <div className="ac-org-unit__name">
                    <strong>{unit.name}</strong>
                    <span className="ac-tag ac-tag--blue">{t.kind[unit.kind] ?? unit.kind}</span>
                    {unit.disabled && <span className="ac-tag ac-tag--grey">{t.disabledTag}</span>}
                  </div>
                  <p className="ac-org-unit__path">{pathLabel(unit)}</p>
                </div>
                <div className="ac-org-actions">
                  {!unit.disabled && (
                    <Button size="small" onClick={() => setPending({ kind: 'unit', mode: 'add' })}>
                      {t.addChild}
                    </Button>
                  )}
                  {canChangeUnit && (
                    <>
                      <Button variant="secondary" size="small" onClick={() => setPending({ kind: 'unit', mode: 'rename' })}>
                        {t.rename}
                      </Button>
                      {unit.parentId !== null && (
                        <Button variant="secondary" size="small" onClick={() => setPending({ kind: 'unit', mode: 'move' })} disabled={moveTargets.length === 0}>
                          {t.move}
                        </Button>
                      )}
                      {unit.disabled ? (
                        <Button
                          variant="secondary"
                          size="small"
                          onClick={async () => {
                            try {
                              await api.updateUnit(unit.id, { disabled: false });
                              afterTreeChange(t.enabledDone(unit.name));
                            } catch (e) {
                              notify({ type: 'error', message: errorMessageFor(e, locale) });
                            }
                          }}
                        >
                          {t.enable}
                        </Button>
                      ) : (
                        <Button variant="secondary" size="small" className="ac-btn--danger-outline" onClick={() => setPending({ kind: 'unit-disable' })}>
                          {t.disable}
                        </Button>
                      )}
                      <Button variant="secondary" size="small" className="ac-btn--danger-outline" onClick={() => setPending({ kind: 'unit-delete' })}>
                        {t.deleteUnit}
                      </Button>
                    </>
                  )}
                </div>
              </div>
              <div className="ac-toolbar">
                <div className="ac-filters" role="search">
                  <label>
                    <span>{t.search}</span>
                    <input type="search" value={query} placeholder={t.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} />
                  </label>
                  <label className="ac-org-check">
                    <input type="checkbox" checked={subunits} onChange={(e) => setSubunits(e.target.checked)} />
                    <span>{t.includeSubunits}</span>
                  </label>
                  <label className="ac-org-check">
                    <input type="checkbox" checked={showDisabled} onChange={(e) => setShowDisabled(e.target.checked)} />
                    <span>{t.showDisabled}</span>
                  </label>
                </div>
                <div className="ac-inline">
                  {users.data && <span className="ac-muted ac-count">{t.userCount(users.data.items.length, users.data.total)}</span>}
                  {!unit.disabled && (
                    <Button size="small" onClick={() => setPending({ kind: 'user' })}>
                      {t.addUser}
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
                  query.trim() ? <Empty title={t.noMatch} filtered /> : <Empty title={t.noUsers} hint={t.noUsersHint} />
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
            afterTreeChange(pending.mode === 'add' ? t.unitAdded(result.name) : t.saved);
          }}
        />
      )}
      {unit && (pending?.kind === 'unit-disable' || pending?.kind === 'unit-delete') && (
        <ConfirmDialog
          danger
          onClose={() => setPending(undefined)}
          {...(pending.kind === 'unit-disable'
            ? {
                title: t.disableTitle(unit.name),
                help: t.disableHelp,
                confirm: t.disable,
                onConfirm: async () => {
                  await api.updateUnit(unit.id, { disabled: true });
                  afterTreeChange(t.disabledDone(unit.name));
                },
              }
            : {
                title: t.deleteTitle(unit.name),
                help: t.deleteHelp,
                confirm: t.deleteUnit,
                onConfirm: async () => {
                  await api.deleteUnit(unit.id);
                  setSelected(unit.parentId ?? undefined);
                  afterTreeChange(t.deleted(unit.name));
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
              notify({ type: 'success', message: t.userAdded(user.name) });
              setPending({ kind: 'temporary', password: temporaryPassword, user });
            } else {
              setPending(undefined);
              notify({ type: 'success', message: t.saved });
            }
          }}
        />
      )}
      {pending?.kind === 'user-toggle' && (
        <ConfirmDialog
          title={pending.user.disabled ? `${t.enableUser}「${pending.user.name}」？` : t.disableUserTitle(pending.user.name)}
          help={pending.user.disabled ? '' : t.disableUserHelp}
          confirm={pending.user.disabled ? t.enableUser : t.disableUser}
          danger={!pending.user.disabled}
          onClose={() => setPending(undefined)}
          onConfirm={async () => {
            const user = pending.user;
            await api.updateUser(user.id, { disabled: !user.disabled });
            setPending(undefined);
            refreshUsers();
            notify({ type: 'success', message: user.disabled ? t.enabledDone(user.name) : t.disabledDone(user.name) });
          }}
        />
      )}
      {pending?.kind === 'user-reset' && (
        <ConfirmDialog
          title={t.resetTitle(pending.user.name)}
          help={t.resetHelp}
          confirm={t.resetConfirm}
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
