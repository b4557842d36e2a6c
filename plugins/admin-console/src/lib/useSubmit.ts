import { useState } from 'react';
import { ApiError } from '@toolbox/sdk/api/client';

/**
 * Runs a dialog's request once at a time, keeping the server's message for display as it is: it names the field and
 * why (a date too soon, already decided by someone else, no longer an admin). `refuse` shows a check made here.
 */
export function useSubmit() {
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setError(undefined);
    setSending(true);
    try {
      await work();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };
  return { error, sending, run, refuse: setError as (message: string) => void };
}
