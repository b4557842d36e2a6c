import type { CollectionClient } from '@toolbox/sdk';
import type { FormDefinition } from '@toolbox/sdk/forms';
import { useT } from '@toolbox/sdk/react';
import { useRef, useState } from 'react';
import { ImportDialog } from './ImportDialog.tsx';
import { messages } from './messages.ts';

interface Props {
  client: CollectionClient<Record<string, unknown>>;
  definition: FormDefinition;
  /** After records were imported: read the list and the counts again. */
  onImported(count: number): void;
}

/**
 * 导入, beside the export links, for whoever may add records (as 新增). Absent where the data API cannot import (the
 * SDK's test double, an older desktop). Focus goes back to the button when the dialog closes.
 */
export function ImportButton({ client, definition, onImported }: Props) {
  const t = useT(messages);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (!client.importRecords) return null;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      {/* The kit's secondary button, as a plain <button> for the ref that focus returns to. */}
      <button ref={button} type="button" className="tbx-root tbx-btn tbx-btn--secondary" onClick={() => setOpen(true)} aria-haspopup="dialog" data-import-open>
        {t('importOpen')}
      </button>
      {open && (
        <ImportDialog
          client={client}
          definition={definition}
          onClose={close}
          onImported={(count) => {
            close();
            onImported(count);
          }}
        />
      )}
    </>
  );
}
