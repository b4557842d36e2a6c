import { useState } from 'react';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { useLocale } from '@toolbox/sdk/react';

/**
 * Runs a dialog's request once at a time. A refusal shows in the console's language (`errorMessageFor`): in Chinese
 * as the registry words it, values included (the earliest retirement date, the apps still running on it), or else
 * what its code means; in English the registry's message, which names the field and the values. `refuse` shows a
 * check made here.
 */
export function useSubmit() {
  const locale = useLocale();
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setError(undefined);
    setSending(true);
    try {
      await work();
    } catch (e) {
      setError(errorMessageFor(e, locale));
    } finally {
      setSending(false);
    }
  };
  return { error, sending, run, refuse: setError as (message: string) => void };
}
