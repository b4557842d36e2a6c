import { localized } from '@toolbox/sdk';
import { Notice } from '@toolbox/sdk/ui';
import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { ReviewRow } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { Options } from '../ui/Options.tsx';
import { addDays, shanghaiDay } from '@toolbox/sdk';
import { useLoad } from '../lib/useLoad.ts';
import { useSubmit } from '../lib/useSubmit.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogFooter } from '../ui/DialogFooter.tsx';
import { ReasonField } from '../ui/ReasonField.tsx';
import { MaintainerPicker } from './MaintainerPicker.tsx';
import { messages } from '../i18n/messages.ts';

export type ActionKind = 'cost' | 'deprecate' | 'retire' | 'restore' | 'handOver';

interface Props {
  kind: ActionKind;
  row: ReviewRow;
  /** The account that maintains the app now (`owner.userId`), from the app list the page has read. */
  ownerId?: string;
  /** From the review's settings: how many days of notice a deprecation must give. */
  noticeDays: number;
  onClose(): void;
  onDone(kind: ActionKind): void;
}

/**
 * Every lifecycle action goes through this dialog, and none can be sent without a reason: the reason is what the
 * audit trail keeps, and what the owner of the app will read.
 */
export function ActionDialog({ kind, row, ownerId, noticeDays, onClose, onDone }: Props) {
  const { api } = useConsole();
  const locale = useLocale();
  const t = useT(messages);
  const name = localized(row.name, locale);
  const earliest = addDays(shanghaiDay(), noticeDays);

  const [reason, setReason] = useState('');
  const [cost, setCost] = useState(row.annualCost === null ? '' : String(row.annualCost));
  const [retireOn, setRetireOn] = useState(earliest);
  const [replacement, setReplacement] = useState('');
  const { error, sending, run, refuse } = useSubmit();

  const apps = useLoad(() => (kind === 'deprecate' ? api.apps() : Promise.resolve([])), `apps:${kind}`);
  const replacements = (apps.data ?? []).filter((a) => a.id !== row.id && a.status !== 'retired');
  const [maintainer, setMaintainer] = useState('');

  const title = {
    cost: t('confirmCost', name),
    deprecate: t('confirmDeprecate', name),
    retire: t('confirmRetire', name),
    restore: t('confirmRestore', name),
    handOver: t('confirmHandOver', name),
  }[kind];
  const help = { cost: undefined, deprecate: t('deprecateHelp'), retire: t('retireHelp'), restore: t('restoreHelp'), handOver: t('handOverHelp') }[kind];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const why = reason.trim();
    if (!why) return refuse(t('reasonRequired'));
    const amount = cost.trim() === '' ? null : Number(cost);
    if (kind === 'cost' && amount !== null && (!Number.isFinite(amount) || amount < 0)) return refuse(t('costInvalid'));
    if (kind === 'handOver' && !maintainer) return refuse(t('chooseMaintainer'));
    return run(async () => {
      if (kind === 'cost') await api.recordCost(row.id, amount, why);
      else if (kind === 'deprecate') await api.deprecate(row.id, { retireOn, reason: why, ...(replacement ? { replacement } : {}) });
      else if (kind === 'retire') await api.retire(row.id, why);
      else if (kind === 'handOver') await api.handOver(row.id, maintainer, why);
      else await api.restore(row.id, why);
      onDone(kind);
    });
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <DialogFooter
          onCancel={onClose}
          confirm={t('confirm')}
          form="ac-action-form"
          danger={kind === 'retire' || kind === 'deprecate'}
          sending={sending}
          disabled={reason.trim() === '' || (kind === 'handOver' && !maintainer)}
        />
      }
    >
      <form id="ac-action-form" className="ac-action-form" onSubmit={submit} noValidate>
        {help && <p className="ac-help">{help}</p>}
        {kind === 'cost' && (
          <div className="ac-field">
            <label htmlFor="ac-cost">{t('costLabel')}</label>
            <input id="ac-cost" type="number" min="0" step="1" value={cost} onChange={(e) => setCost(e.target.value)} />
            <span className="ac-muted">{t('costHint')}</span>
          </div>
        )}
        {kind === 'deprecate' && (
          <>
            <div className="ac-field">
              <label htmlFor="ac-retire-on">{t('retireOn')}</label>
              <input
                id="ac-retire-on"
                type="date"
                min={earliest}
                value={retireOn}
                onChange={(e) => setRetireOn(e.target.value)}
                required
              />
              <span className="ac-muted">{t('retireOnHint', noticeDays, earliest)}</span>
            </div>
            <div className="ac-field">
              <label htmlFor="ac-replacement">{t('replacement')}</label>
              <select id="ac-replacement" value={replacement} onChange={(e) => setReplacement(e.target.value)}>
                <option value="">{t('noReplacement')}</option>
                <Options items={replacements} value={(a) => a.id} label={(a) => localized(a.name, locale)} />
              </select>
            </div>
          </>
        )}
        {kind === 'handOver' && (
          <MaintainerPicker appId={row.id} ownerId={ownerId} value={maintainer} onChange={setMaintainer} />
        )}
        <ReasonField label={t('reason')} value={reason} onChange={setReason} />
        {error && <Notice type="error">{error}</Notice>}
      </form>
    </Dialog>
  );
}
