import { Notice } from '@toolbox/sdk/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useT } from '@toolbox/sdk/react';
import type { OrgUnit, UnitRef } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { useSubmit } from '../lib/useSubmit.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogFooter } from '../ui/DialogFooter.tsx';
import { ReasonField } from '../ui/ReasonField.tsx';
import { LoadError, Loading } from '../ui/StateView.tsx';
import type { Loaded } from '../lib/useLoad.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  current: UnitRef[];
  org: Loaded<OrgUnit[]>;
  onClose(): void;
  onSaved(): void;
}

/** What the list shows of a unit: the org tree's units, and trusted units the tree does not know. */
type Listed = Pick<OrgUnit, 'id' | 'name' | 'parentId'>;

/** Depth of each unit in the tree, for indenting the list as the district reads its own org chart. */
function depths(units: Listed[]): Map<string, number> {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const result = new Map<string, number>();
  for (const u of units) {
    let depth = 0;
    for (let p = u.parentId; p && depth < 10; p = parent.get(p) ?? null) depth++;
    result.set(u.id, depth);
  }
  return result;
}

/**
 * Picks the units whose versions skip review. Saving needs a reason, which the audit log keeps (`review.trust`):
 * trusting a unit lets its code reach every desktop unseen.
 */
export function TrustedUnitsEditor({ current, org, onClose, onSaved }: Props) {
  const { api } = useConsole();
  const t = useT(messages);
  const [chosen, setChosen] = useState(() => new Set(current.map((u) => u.id)));
  const [query, setQuery] = useState('');
  const [reason, setReason] = useState('');
  const { error, sending, run, refuse } = useSubmit();

  const units = useMemo((): Listed[] => {
    const list = org.data ?? [];
    // A trusted unit the org list does not know (yet) stays visible, so saving never drops it silently.
    const known = new Set(list.map((u) => u.id));
    const extra = current.filter((u) => !known.has(u.id)).map((u) => ({ id: u.id, name: u.name, parentId: null }));
    return [...list, ...extra];
  }, [org.data, current]);
  const depth = useMemo(() => depths(units), [units]);
  const q = query.trim();
  const shown = q ? units.filter((u) => u.name.includes(q) || u.id.includes(q)) : units;

  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const why = reason.trim();
    if (!why) return refuse(t('reasonRequired'));
    return run(async () => {
      // In tree order, so the audit log's before/after lists read the same way every time.
      await api.saveTrustedUnits(units.filter((u) => chosen.has(u.id)).map((u) => u.id), why);
      onSaved();
    });
  };

  return (
    <Dialog
      title={t('approval.trustedTitle')}
      onClose={onClose}
      wide
      footer={
        <DialogFooter
          onCancel={onClose}
          confirm={t('approval.trustedSave')}
          form="ac-trusted-form"
          sending={sending}
          disabled={reason.trim() === '' || !org.data}
        >
          <span className="ac-muted ac-count" aria-live="polite" style={{ marginRight: 'auto' }}>
            {t('approval.trustedSelected', chosen.size)}
          </span>
        </DialogFooter>
      }
    >
      <form id="ac-trusted-form" onSubmit={submit} noValidate>
        <p className="ac-ap-warning">{t('approval.trustedWarning')}</p>
        {org.error && !org.data ? (
          <LoadError error={org.error} onRetry={org.reload} />
        ) : !org.data ? (
          <Loading />
        ) : (
          <>
            <div className="ac-field">
              <label htmlFor="ac-trusted-filter">{t('approval.trustedFilter')}</label>
              <input id="ac-trusted-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            </div>
            <fieldset className="ac-ap-picker" aria-label={t('approval.trusted')}>
              {shown.length === 0 && <p className="ac-muted">{t('approval.trustedNoMatch')}</p>}
              {shown.map((u) => (
                <label key={u.id} style={{ paddingLeft: 10 + (q ? 0 : (depth.get(u.id) ?? 0) * 18) }}>
                  <input type="checkbox" checked={chosen.has(u.id)} onChange={() => toggle(u.id)} />
                  {u.name}
                </label>
              ))}
            </fieldset>
          </>
        )}
        <ReasonField label={t('approval.trustedReason')} value={reason} onChange={setReason} rows={2} />
        {error && <Notice type="error">{error}</Notice>}
      </form>
    </Dialog>
  );
}
