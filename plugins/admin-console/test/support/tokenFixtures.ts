// API tokens of every kind for the 令牌 screen, dated from the clock the fixture server starts on: the marks
// (已过期, N 天后到期) hold on any day the suite runs.
import type { ApiToken } from '../../src/api/types.ts';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

const dev = { id: 'u-dev', username: 'dev', name: '陈开发' };
const liMin = { id: 'u-limin', username: 'limin', name: '李敏' };
const admin = { id: 'u-admin', username: 'admin', name: '管理员' };

export function tokenFixtures(now: number): ApiToken[] {
  const at = (ms: number) => new Date(now + ms).toISOString();
  const token = (id: string, name: string, user: ApiToken['user'], dates: { created: number; expires: number; lastUsed: number | null }, publishApps?: string[] | null): ApiToken => ({
    id,
    name,
    scope: publishApps === undefined ? 'read' : 'publish',
    apps: publishApps ?? null,
    createdAt: at(dates.created),
    expiresAt: at(dates.expires),
    lastUsedAt: dates.lastUsed === null ? null : at(dates.lastUsed),
    expired: dates.expires < 0,
    user,
  });
  // Deliberately not newest first: the screen orders them itself.
  return [
    token('t-laptop', '笔记本查看', dev, { created: -10 * DAY, expires: 5 * DAY - HOUR, lastUsed: null }),
    token('t-ci', 'CI 发布', dev, { created: -2 * DAY, expires: 60 * DAY - HOUR, lastUsed: -2 * HOUR }, ['visit-log', 'hotline-tickets']),
    token('t-old', '旧脚本', liMin, { created: -200 * DAY, expires: -10 * DAY, lastUsed: -40 * DAY }, null),
    token('t-audit', '巡检脚本', admin, { created: -30 * DAY, expires: 335 * DAY - HOUR, lastUsed: -1 * DAY }),
  ];
}
