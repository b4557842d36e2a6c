import { Notice } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import type { ApiToken } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { useSubmit } from '../lib/useSubmit.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogFooter } from '../ui/DialogFooter.tsx';
import { messages } from '../i18n/messages.ts';

interface Props {
  token: ApiToken;
  onClose(): void;
  onRevoked(): void;
}

/** 吊销, confirmed: the dialog names the token and its owner, since the owner's CLI or CI stops working at once. */
export function RevokeDialog({ token, onClose, onRevoked }: Props) {
  const { api } = useConsole();
  const t = useT(messages);
  const { error, sending, run } = useSubmit();
  const revoke = () =>
    run(async () => {
      await api.revokeToken(token.id);
      onRevoked();
    });

  return (
    <Dialog
      title={t('tokens.revokeTitle', token.name, token.user.name)}
      onClose={onClose}
      footer={<DialogFooter onCancel={onClose} confirm={t('tokens.revokeConfirm')} danger onConfirm={revoke} sending={sending} />}
    >
      <p className="ac-help">{t('tokens.revokeHelp', token.name, token.user.name, token.user.username)}</p>
      {error && <Notice type="error">{error}</Notice>}
    </Dialog>
  );
}
