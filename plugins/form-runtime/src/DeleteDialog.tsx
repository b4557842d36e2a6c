import { useT } from '@toolbox/sdk/react';
import { Button } from '@toolbox/sdk/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { KEPT_DAYS } from './DeletedRecords.tsx';
import { messages } from './messages.ts';
import { Modal } from './Modal.tsx';

interface Props {
  /** Whose record (户主姓名, 物资名称), as the list shows it. */
  name: string;
  /** Deletes the record; the dialog closes when it settles (the caller says how it went). */
  onConfirm(): Promise<void>;
  onClose(): void;
}

/**
 * 删除: asks before a record is deleted, and says it can be restored for KEPT_DAYS from 已删除的记录. Focus
 * starts on 取消, so that Enter pressed by habit deletes nothing.
 */
export function DeleteDialog({ name, onConfirm, onClose }: Props) {
  const t = useT(messages);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  const footer = useRef<HTMLDivElement>(null);
  useEffect(() => footer.current?.querySelector('button')?.focus(), []);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      onClose();
    }
  };
  return (
    <Modal labelledBy={titleId} describedBy={bodyId} onEscape={() => !busy && onClose()} narrow marker="delete-dialog">
      <h2 id={titleId} className="fr-dialog__title">
        {t('deleteTitle', name)}
      </h2>
      <div className="fr-dialog__body">
        <p id={bodyId}>{t('deleteBody', KEPT_DAYS)}</p>
      </div>
      <div ref={footer} className="fr-dialog__footer">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          {t('cancel')}
        </Button>
        <Button variant="danger" onClick={() => void confirm()} loading={busy}>
          {t('deleteConfirm')}
        </Button>
      </div>
    </Modal>
  );
}
