import { Notice } from '@toolbox/sdk/ui';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogFooter } from '../ui/DialogFooter.tsx';
import { useSubmit } from '../lib/useSubmit.ts';

interface Props {
  title: string;
  help: string;
  confirm: string;
  danger?: boolean;
  onConfirm(): Promise<void>;
  onClose(): void;
}

/** A yes/no question whose answer is one request; the server's refusal (e.g. 仍有在岗人员) is shown in place. */
export function ConfirmDialog({ title, help, confirm, danger, onConfirm, onClose }: Props) {
  const { error, sending, run } = useSubmit();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={<DialogFooter onCancel={onClose} confirm={confirm} danger={danger} onConfirm={() => run(onConfirm)} sending={sending} />}
    >
      <p className="ac-help">{help}</p>
      {error && <Notice type="error">{error}</Notice>}
    </Dialog>
  );
}
