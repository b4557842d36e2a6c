import { useState } from 'react';
import { ApiError } from '@toolbox/sdk/api/client';
import { useConsole } from '../ConsoleContext.tsx';

/**
 * Runs a dialog's request once at a time, keeping the server's message for display as it is: it names the field and
 * why (a date too soon, already decided by someone else, no longer an admin), unless the console words that refusal
 * itself (`serverErrors`, by code). `refuse` shows a check made here.
 */
export function useSubmit() {
  const { m } = useConsole();
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setError(undefined);
    setSending(true);
    try {
      await work();
    } catch (e) {
      setError(e instanceof ApiError ? (m.serverErrors[e.code] ?? e.message) : String(e));
    } finally {
      setSending(false);
    }
  };
  return { error, sending, run, refuse: setError as (message: string) => void };
}
