import { localized } from '@toolbox/sdk';
import { Notice } from '@toolbox/sdk/ui';
import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { ReviewQueueItem } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { useSubmit } from '../lib/useSubmit.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogFooter } from '../ui/DialogFooter.tsx';
import { ReasonField } from '../ui/ReasonField.tsx';
import { messages } from '../i18n/messages.ts';

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
  const { api } = useConsole();
  const locale = useLocale();
  const t = useT(messages);
  const name = localized(item.appName, locale);
  const [reason, setReason] = useState('');
  const { error, sending, run, refuse } = useSubmit();
  const reasonNeeded = decision === 'reject';
  const formId = `ac-decision-${decision}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const why = reason.trim();
    if (reasonNeeded && !why) return refuse(t('reasonRequired'));
    return run(async () => {
      if (decision === 'approve') await api.approveVersion(item.appId, item.version, why || undefined);
      else await api.rejectVersion(item.appId, item.version, why);
      onDone(decision);
    });
  };

  return (
    <Dialog
      title={decision === 'approve' ? t('approval.approveTitle', name, item.version) : t('approval.rejectTitle', name, item.version)}
      onClose={onClose}
      footer={
        <DialogFooter
          onCancel={onClose}
          confirm={decision === 'approve' ? t('approval.approve') : t('approval.reject')}
          form={formId}
          danger={decision === 'reject'}
          sending={sending}
          disabled={reasonNeeded && reason.trim() === ''}
        />
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <p className="ac-help">{decision === 'approve' ? t('approval.approveHelp', item.currentVersion) : t('approval.rejectHelp')}</p>
        <ReasonField
          label={decision === 'approve' ? t('approval.approveReason') : t('approval.rejectReason')}
          value={reason}
          onChange={setReason}
          required={reasonNeeded}
        />
        {error && <Notice type="error">{error}</Notice>}
      </form>
    </Dialog>
  );
}
