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
  // Deliberately not newest first: the screen orders them itself.
  return [
    {
      id: 't-laptop',
      name: '笔记本查看',
      scope: 'read',
      apps: null,
      createdAt: at(-10 * DAY),
      expiresAt: at(5 * DAY - HOUR),
      lastUsedAt: null,
      expired: false,
      user: dev,
    },
    {
      id: 't-ci',
      name: 'CI 发布',
      scope: 'publish',
      apps: ['visit-log', 'hotline-tickets'],
      createdAt: at(-2 * DAY),
      expiresAt: at(60 * DAY - HOUR),
      lastUsedAt: at(-2 * HOUR),
      expired: false,
      user: dev,
    },
    {
      id: 't-old',
      name: '旧脚本',
      scope: 'publish',
      apps: null,
      createdAt: at(-200 * DAY),
      expiresAt: at(-10 * DAY),
      lastUsedAt: at(-40 * DAY),
      expired: true,
      user: liMin,
    },
    {
      id: 't-audit',
      name: '巡检脚本',
      scope: 'read',
      apps: null,
      createdAt: at(-30 * DAY),
      expiresAt: at(335 * DAY - HOUR),
      lastUsedAt: at(-1 * DAY),
      expired: false,
      user: admin,
    },
  ];
}
