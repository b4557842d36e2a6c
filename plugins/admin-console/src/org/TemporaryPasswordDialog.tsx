import { Button } from '@toolbox/sdk/ui';
import { useState } from 'react';
import { useT } from '@toolbox/sdk/react';
import { Dialog } from '../ui/Dialog.tsx';
import { messages } from '../i18n/messages.ts';

/** Shows a temporary password the one time the server returns it; closing it forgets it. */
export function TemporaryPasswordDialog({ password, name, username, onClose }: { password: string; name: string; username: string; onClose(): void }) {
  const t = useT(messages);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a policy): the password is selectable on screen.
    }
  };
  return (
    <Dialog
      title={t('org.tempTitle')}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={copy}>
            {copied ? t('org.copied') : t('org.copy')}
          </Button>
          <Button onClick={onClose}>{t('org.done')}</Button>
        </>
      }
    >
      <div className="ac-org-temp" data-temporary-password>
        {password}
      </div>
      <p className="ac-help">{t('org.tempHelp', name, username)}</p>
    </Dialog>
  );
}
