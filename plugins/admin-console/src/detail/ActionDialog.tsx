import { Button, Notice } from '@toolbox/sdk/ui';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/ApiError.ts';
import type { ReviewRow } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { addDays, shanghaiDay } from '../lib/shanghaiDate.ts';
import { useLoad } from '../lib/useLoad.ts';
import { Dialog } from '../ui/Dialog.tsx';

export type ActionKind = 'cost' | 'deprecate' | 'retire' | 'restore';

interface Props {
  kind: ActionKind;
  row: ReviewRow;
  /** From the review's settings: how many days of notice a deprecation must give. */
  noticeDays: number;
  onClose(): void;
  onDone(kind: ActionKind): void;
}

/**
 * Every lifecycle action goes through this dialog, and none can be sent without a reason: the reason is what the
 * audit trail keeps, and what the owner of the app will read.
 */
export function ActionDialog({ kind, row, noticeDays, onClose, onDone }: Props) {
  const { api, m, locale } = useConsole();
  const name = locale === 'en' ? (row.name.en ?? row.name['zh-CN']) : row.name['zh-CN'];
  const earliest = addDays(shanghaiDay(), noticeDays);

  const [reason, setReason] = useState('');
  const [cost, setCost] = useState(row.annualCost === null ? '' : String(row.annualCost));
  const [retireOn, setRetireOn] = useState(earliest);
  const [replacement, setReplacement] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  const apps = useLoad(() => (kind === 'deprecate' ? api.apps() : Promise.resolve([])), `apps:${kind}`);
  const replacements = (apps.data ?? []).filter((a) => a.id !== row.id && a.status !== 'retired');

  const title = {
    cost: m.confirmCost(name),
    deprecate: m.confirmDeprecate(name),
    retire: m.confirmRetire(name),
    restore: m.confirmRestore(name),
  }[kind];
  const help = { cost: undefined, deprecate: m.deprecateHelp, retire: m.retireHelp, restore: m.restoreHelp }[kind];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const why = reason.trim();
    if (!why) {
      setError(m.reasonRequired);
      return;
    }
    setError(undefined);
    setSending(true);
    try {
      if (kind === 'cost') {
        const amount = cost.trim() === '' ? null : Number(cost);
        if (amount !== null && (!Number.isFinite(amount) || amount < 0)) {
          setError(m.costInvalid);
          return;
        }
        await api.recordCost(row.id, amount, why);
      } else if (kind === 'deprecate') {
        await api.deprecate(row.id, { retireOn, reason: why, ...(replacement ? { replacement } : {}) });
      } else if (kind === 'retire') {
        await api.retire(row.id, why);
      } else {
        await api.restore(row.id, why);
      }
      onDone(kind);
    } catch (e) {
      // The server's message names what is wrong (a date too soon, an invalid transition): show it as it is.
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };

  const danger = kind === 'retire' || kind === 'deprecate';

  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {m.cancel}
          </Button>
          <Button
            type="submit"
            form="ac-action-form"
            variant={danger ? 'danger' : 'primary'}
            disabled={sending || reason.trim() === ''}
          >
            {sending ? m.submitting : m.confirm}
          </Button>
        </>
      }
    >
      <form id="ac-action-form" className="ac-action-form" onSubmit={submit} noValidate>
        {help && <p className="ac-help">{help}</p>}
        {kind === 'cost' && (
          <div className="ac-field">
            <label htmlFor="ac-cost">{m.costLabel}</label>
            <input id="ac-cost" type="number" min="0" step="1" value={cost} onChange={(e) => setCost(e.target.value)} />
            <span className="ac-muted">{m.costHint}</span>
          </div>
        )}
        {kind === 'deprecate' && (
          <>
            <div className="ac-field">
              <label htmlFor="ac-retire-on">{m.retireOn}</label>
              <input
                id="ac-retire-on"
                type="date"
                min={earliest}
                value={retireOn}
                onChange={(e) => setRetireOn(e.target.value)}
                required
              />
              <span className="ac-muted">{m.retireOnHint(noticeDays, earliest)}</span>
            </div>
            <div className="ac-field">
              <label htmlFor="ac-replacement">{m.replacement}</label>
              <select id="ac-replacement" value={replacement} onChange={(e) => setReplacement(e.target.value)}>
                <option value="">{m.noReplacement}</option>
                {replacements.map((a) => (
                  <option key={a.id} value={a.id}>
                    {(locale === 'en' ? a.name.en : undefined) ?? a.name['zh-CN']}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <div className="ac-field">
          <label htmlFor="ac-reason">{m.reason}</label>
          <textarea
            id="ac-reason"
            rows={3}
            maxLength={500}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        {error && <Notice type="error">{error}</Notice>}
      </form>
    </Dialog>
  );
}
