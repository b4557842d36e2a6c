import type { AppStatus } from '../db/schema.ts';

/**
 * A deprecated app is retired from its `retireOn` date (Asia/Shanghai) on, whether or not anyone has written that
 * down yet: there is no cron, so every reader computes it (and `settleRetirements` persists it lazily).
 */
export function effectiveStatus(app: { status: AppStatus; retire_on: string | null }, today: string): AppStatus {
  if (app.status === 'deprecated' && app.retire_on !== null && today >= app.retire_on) return 'retired';
  return app.status;
}
