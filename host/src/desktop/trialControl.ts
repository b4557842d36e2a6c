import { lazy } from 'react';

/**
 * The owner's trial controls (TrialControls.tsx), a chunk of its own: only an owner's catalogue names a pending version
 * (`item.pending`), so nobody else's desktop ever loads it. Rendered inside a Suspense with no fallback. A failed load
 * renders nothing rather than breaking the desktop (React.lazy keeps the failure): a reload tries again.
 */
export const TrialControl = lazy(() => import('./TrialControls.tsx').catch(() => ({ default: () => null })));
