import { Button, Notice } from '@toolbox/sdk/ui';
import { useConsole } from '../ConsoleContext.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { useSubmit } from './useSubmit.ts';

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
  const { m } = useConsole();
  const { error, sending, run } = useSubmit();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {m.cancel}
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={() => run(onConfirm)} disabled={sending}>
            {sending ? m.submitting : confirm}
          </Button>
        </>
      }
    >
      <p className="ac-help">{help}</p>
      {error && <Notice type="error">{error}</Notice>}
    </Dialog>
  );
}
