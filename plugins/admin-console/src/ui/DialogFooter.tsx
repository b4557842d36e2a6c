import { Button } from '@toolbox/sdk/ui';
import type { ReactNode } from 'react';
import { useT } from '@toolbox/sdk/react';
import { messages } from '../i18n/messages.ts';

interface Props {
  onCancel(): void;
  /** What the confirming button says; while the request runs it says 提交中. */
  confirm: string;
  sending: boolean;
  disabled?: boolean;
  danger?: boolean;
  /** The form the button submits (its fields' `required` then apply), or a click handler for a question with no form. */
  form?: string;
  onConfirm?(): void;
  /** Shown at the left of the buttons (e.g. how many are chosen). */
  children?: ReactNode;
}

/** 取消 and the confirming button, the same in every dialog of the console. */
export function DialogFooter({ onCancel, confirm, sending, disabled, danger, form, onConfirm, children }: Props) {
  const t = useT(messages);
  return (
    <>
      {children}
      <Button variant="secondary" onClick={onCancel}>
        {t('cancel')}
      </Button>
      <Button
        type={form ? 'submit' : 'button'}
        form={form}
        variant={danger ? 'danger' : 'primary'}
        onClick={onConfirm}
        disabled={sending || disabled}
      >
        {sending ? t('submitting') : confirm}
      </Button>
    </>
  );
}
