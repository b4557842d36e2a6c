import { Button, Notice } from '@toolbox/sdk/ui';
import { useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import type { ApiToken } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { Dialog } from '../ui/Dialog.tsx';

interface Props {
  token: ApiToken;
  onClose(): void;
  onRevoked(): void;
}

/** 吊销, confirmed: the dialog names the token and its owner, since the owner's CLI or CI stops working at once. */
export function RevokeDialog({ token, onClose, onRevoked }: Props) {
  const { api, m } = useConsole();
  const t = m.tokens;
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  const revoke = async () => {
    setError(undefined);
    setSending(true);
    try {
      await api.revokeToken(token.id);
      onRevoked();
    } catch (e) {
      // The server's words as they are: already revoked elsewhere (404), no longer an admin (403), …
      setError(e instanceof ApiError ? e.message : String(e));
      setSending(false);
    }
  };

  return (
    <Dialog
      title={t.revokeTitle(token.name, token.user.name)}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {m.cancel}
          </Button>
          <Button variant="danger" onClick={revoke} disabled={sending}>
            {sending ? m.submitting : t.revokeConfirm}
          </Button>
        </>
      }
    >
      <p className="ac-help">{t.revokeHelp(token.name, token.user.name, token.user.username)}</p>
      {error && <Notice type="error">{error}</Notice>}
    </Dialog>
  );
}
