import { Button } from '@toolbox/sdk/ui';
import { useState } from 'react';
import { useConsole } from '../ConsoleContext.tsx';
import { Dialog } from '../ui/Dialog.tsx';

/** Shows a temporary password the one time the server returns it; closing it forgets it. */
export function TemporaryPasswordDialog({ password, name, username, onClose }: { password: string; name: string; username: string; onClose(): void }) {
  const { m } = useConsole();
  const t = m.org;
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
      title={t.tempTitle}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={copy}>
            {copied ? t.copied : t.copy}
          </Button>
          <Button onClick={onClose}>{t.done}</Button>
        </>
      }
    >
      <div className="ac-org-temp" data-temporary-password>
        {password}
      </div>
      <p className="ac-help">{t.tempHelp(name, username)}</p>
    </Dialog>
  );
}
