import { useSyncExternalStore } from 'react';

// single-spa turns pushState into a popstate event once started, so one listener follows every navigation.
const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The app id of `/app/<id>[/…]`, or undefined on the desktop. */
export function appIdFromPath(path: string): string | undefined {
  const match = /^\/app\/([^/]+)/.exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
