/**
 * Render errors happen after mount, outside any lifecycle: React reports them to the window. Listens while `onError`
 * is wanted and returns the function that stops listening (the runtime listens only while an app is open).
 */
export function listenForRenderErrors(onError: (error: unknown) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const onErrorEvent = (event: ErrorEvent) => onError(event.error);
  const onRejection = (event: PromiseRejectionEvent) => onError(event.reason);
  window.addEventListener('error', onErrorEvent);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener('error', onErrorEvent);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}
