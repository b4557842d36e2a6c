import { useT } from '@toolbox/sdk/react';
import { Button } from '@toolbox/sdk/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { messages } from './messages.ts';
import { Modal } from './Modal.tsx';

interface Props {
  title: string;
  body: string;
  /** The button's words (删除, 彻底删除, 办理 3 条). */
  confirm: string;
  /** Red (the default) for what loses a record from sight; blue for a step of the flow. */
  tone?: 'danger' | 'primary';
  /** Does it; the dialog closes when it settles (the caller says how it went). */
  onConfirm(): Promise<void>;
  onClose(): void;
}

/**
 * Asks before something that loses a record from sight (删除) or for good (彻底删除), or moves many (批量办理). Focus starts on 取消, so that
 * Enter pressed by habit does nothing; Escape is 取消 too.
 */
export function ConfirmDialog({ title, body, confirm, tone = 'danger', onConfirm, onClose }: Props) {
  const t = useT(messages);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  const footer = useRef<HTMLDivElement>(null);
  useEffect(() => footer.current?.querySelector('button')?.focus(), []);
  const run = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      onClose();
    }
  };
  return (
    <Modal labelledBy={titleId} describedBy={bodyId} onEscape={() => !busy && onClose()} narrow marker="confirm-dialog">
      <h2 id={titleId} className="fr-dialog__title">
        {title}
      </h2>
      <div className="fr-dialog__body">
        <p id={bodyId}>{body}</p>
      </div>
      <div ref={footer} className="fr-dialog__footer">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          {t('cancel')}
        </Button>
        <Button variant={tone} onClick={() => void run()} loading={busy}>
          {confirm}
        </Button>
      </div>
    </Modal>
  );
}
