import { Button, Notice } from '@toolbox/sdk/ui';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/ApiError.ts';
import type { ReviewQueueItem } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { localized } from './localized.ts';

export type Decision = 'approve' | 'reject';

interface Props {
  decision: Decision;
  item: ReviewQueueItem;
  onClose(): void;
  onDone(decision: Decision): void;
}

/**
 * 通过 or 驳回, confirmed in a dialog. A rejection cannot be sent without a reason: it is what the publisher reads.
 * ActionDialog is bound to the lifecycle of a review row, so this is its sibling on the same Dialog, not a reuse.
 */
export function DecisionDialog({ decision, item, onClose, onDone }: Props) {
  const { api, m, locale } = useConsole();
  const a = m.approval;
  const name = localized(item.appName, locale);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const reasonNeeded = decision === 'reject';
  const formId = `ac-decision-${decision}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const why = reason.trim();
    if (reasonNeeded && !why) {
      setError(m.reasonRequired);
      return;
    }
    setError(undefined);
    setSending(true);
    try {
      if (decision === 'approve') await api.approveVersion(item.appId, item.version, why || undefined);
      else await api.rejectVersion(item.appId, item.version, why);
      onDone(decision);
    } catch (e) {
      // The server's words as they are: its own version (403), already decided by someone else (409), …
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog
      title={decision === 'approve' ? a.approveTitle(name, item.version) : a.rejectTitle(name, item.version)}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {m.cancel}
          </Button>
          <Button
            type="submit"
            form={formId}
            variant={decision === 'reject' ? 'danger' : 'primary'}
            disabled={sending || (reasonNeeded && reason.trim() === '')}
          >
            {sending ? m.submitting : decision === 'approve' ? a.approve : a.reject}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <p className="ac-help">{decision === 'approve' ? a.approveHelp(item.currentVersion) : a.rejectHelp}</p>
        <div className="ac-field">
          <label htmlFor={`${formId}-reason`}>{decision === 'approve' ? a.approveReason : a.rejectReason}</label>
          <textarea
            id={`${formId}-reason`}
            rows={3}
            maxLength={500}
            required={reasonNeeded}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        {error && <Notice type="error">{error}</Notice>}
      </form>
    </Dialog>
  );
}
