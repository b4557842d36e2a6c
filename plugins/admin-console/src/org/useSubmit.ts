import { useState } from 'react';
import { ApiError } from '../api/ApiError.ts';

/** Runs a dialog's request once at a time, keeping the server's message (it names the field and why) for display. */
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
  return { error, sending, run };
}
