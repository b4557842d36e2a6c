// A real HTTP server on 127.0.0.1 (port 0) that answers the review and lifecycle routes with fixture data and keeps
// every request it received, so a test can check what the console really sent over the wire.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppDto, AuditEntry } from '@toolbox/sdk/api';
import type { ReviewRow } from '../../src/api/types.ts';
import { addDays, shanghaiDay } from '@toolbox/sdk';
import {
  appReview,
  diffs,
  orgUnits,
  queue as fixtureQueue,
  review,
  rows as fixtureRows,
  settings as fixtureSettings,
  trustedUnits as fixtureTrusted,
} from './fixtures.ts';
import { tokenFixtures } from './tokenFixtures.ts';

export interface Received {
  method: string;
  path: string;
  body: unknown;
}

export interface FixtureServer {
  url: string;
  received: Received[];
  /** Requests that changed something (not GET). */
  writes(): Received[];
  close(): Promise<void>;
}

/** The registry's error body; `messageZh` where the registry words that refusal in Chinese itself. */
function error(res: ServerResponse, statusCode: number, code: string, message: string, messageZh?: string): void {
  const names: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict' };
  send(res, statusCode, { statusCode, code, error: names[statusCode] ?? 'Error', message, ...(messageZh ? { messageZh } : {}) });
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(type === 'application/json' ? JSON.stringify(body) : String(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const rows: ReviewRow[] = structuredClone(fixtureRows);
  let settings: Record<string, unknown> = structuredClone(fixtureSettings);
  const audit: AuditEntry[] = [
    {
      id: 1,
      at: '2026-03-02T01:30:00.000Z',
      actor: { id: 'u-dev', username: 'dev', name: null },
      action: 'version.publish',
      app: 'old-survey',
      fromStatus: null,
      toStatus: null,
      reason: null,
      details: { version: '1.1.0' },
    },
    {
      id: 3,
      at: '2026-03-02T02:00:00.000Z',
      actor: { id: 'u-reviewer', username: 'reviewer', name: null },
      action: 'version.approve',
      app: 'old-survey',
      fromStatus: 'pending',
      toStatus: 'approved',
      reason: '变更清楚',
      details: null,
    },
  ];
  audit.push({
    id: 2,
    at: '2026-04-01T16:00:00.000Z',
    actor: null,
    action: 'app.retire',
    app: 'survey-b',
    fromStatus: 'deprecated',
    toStatus: 'retired',
    reason: '与问卷助手合并',
    details: { automatic: true, retireOn: '2026-04-02' },
  });
  const received: Received[] = [];
  const queue = structuredClone(fixtureQueue);
  let trusted = structuredClone(fixtureTrusted);
  const tokens = tokenFixtures(Date.now());

  const transition = (id: string, action: string, to: ReviewRow['status'], reason: string, details?: Record<string, unknown>) => {
    const row = rows.find((r) => r.id === id)!;
    audit.push({
      id: audit.length + 1,
      at: new Date().toISOString(),
      actor: { id: 'u-admin', username: 'admin', name: null },
      action: `app.${action}`,
      app: id,
      fromStatus: row.status,
      toStatus: to,
      reason,
      details: details ?? null,
    });
    row.status = to;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    const body = req.method === 'GET' ? undefined : await readBody(req);
    received.push({ method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, body });
    const parts = url.pathname.split('/').filter(Boolean);
    const b = (body ?? {}) as Record<string, unknown>;

    if (req.method === 'GET' && parts[1] === 'reviews' && parts.length === 3) {
      if (url.searchParams.get('format') === 'csv') return send(res, 200, 'id,name\n', 'text/csv');
      return send(res, 200, { ...review(Number(parts[2])), apps: rows, settings });
    }
    if (req.method === 'GET' && parts[1] === 'reviews' && parts[3] === 'apps') {
      const found = appReview(Number(parts[2]), parts[4] ?? '');
      if (!found) return error(res, 404, 'TOOLBOX_APP_NOT_FOUND', `app ${parts[4]} not found`);
      return send(res, 200, { ...found, row: rows.find((r) => r.id === parts[4]) });
    }
    if (url.pathname === '/api/review-settings') {
      if (req.method === 'PUT') {
        const bad = Object.entries(b).find(([, v]) => typeof v === 'number' && v < 0);
        if (bad) return error(res, 400, 'TOOLBOX_SETTINGS_INVALID', `/${bad[0]} must be >= 0`);
        settings = b;
      }
      return send(res, 200, { settings });
    }
    if (req.method === 'GET' && url.pathname === '/api/audit') {
      const app = url.searchParams.get('app');
      return send(res, 200, { items: audit.filter((a) => !app || a.app === app).reverse() });
    }
    if (req.method === 'GET' && url.pathname === '/api/apps') {
      // Only what the console reads of each app: id, name and status (the replacement picker), the owner (the hand-over).
      const items: Pick<AppDto, 'id' | 'name' | 'status' | 'owner'>[] = rows.map((r) => ({
        id: r.id,
        name: r.name,
        status: r.status,
        owner: { unit: r.owner.unit, unitName: r.owner.unitName, contact: r.owner.contact, userId: 'u-dev' },
      }));
      return send(res, 200, { items });
    }
    if (req.method === 'GET' && url.pathname === '/api/review-queue') return send(res, 200, { items: queue });
    if (req.method === 'GET' && url.pathname === '/api/org/units') return send(res, 200, { items: orgUnits });
    if (url.pathname === '/api/review/trusted-units') {
      if (req.method === 'PUT') {
        if (typeof b.reason !== 'string' || !b.reason.trim()) {
          return error(res, 400, 'TOOLBOX_VALIDATION_FAILED', 'body/reason is required: say why these units skip review');
        }
        const ids = b.units as string[];
        const unknown = ids.find((id) => !orgUnits.some((u) => u.id === id));
        if (unknown) return error(res, 400, 'TOOLBOX_UNIT_NOT_FOUND', `units: unit ${unknown} does not exist`);
        trusted = ids.map((id) => ({ id, name: orgUnits.find((u) => u.id === id)!.name }));
      }
      return send(res, 200, { units: trusted });
    }
    // The signed-in user is an admin, so ?all=1 lists everyone's tokens and any of them can be revoked.
    if (req.method === 'GET' && url.pathname === '/api/tokens') return send(res, 200, { items: tokens });
    if (req.method === 'DELETE' && parts[1] === 'tokens' && parts[2]) {
      const index = tokens.findIndex((t) => t.id === decodeURIComponent(parts[2]!));
      if (index < 0) return error(res, 404, 'TOOLBOX_NOT_FOUND', `token ${decodeURIComponent(parts[2])} not found`, '这个令牌已被吊销或不存在，请刷新列表。');
      tokens.splice(index, 1);
      res.writeHead(204);
      return res.end();
    }
    // /api/apps/:id/versions/:version/(diff|approve|reject): the signed-in user is the admin `u-admin`.
    if (parts[1] === 'apps' && parts[3] === 'versions' && parts[4] && parts[5]) {
      const key = `${parts[2]}@${decodeURIComponent(parts[4])}`;
      const diff = diffs[key];
      if (!diff) return error(res, 404, 'TOOLBOX_VERSION_NOT_FOUND', `version ${key} not found`);
      if (req.method === 'GET' && parts[5] === 'diff') return send(res, 200, diff);
      const index = queue.findIndex((q) => `${q.appId}@${q.version}` === key);
      if (req.method === 'POST' && (parts[5] === 'approve' || parts[5] === 'reject')) {
        if (index < 0) return error(res, 409, 'TOOLBOX_INVALID_TRANSITION', `version ${key} is not pending`, `版本 ${diff.version} 已经审核过了（可能是别人先处理了），请刷新列表。`);
        if (parts[5] === 'reject' && (typeof b.reason !== 'string' || !b.reason.trim())) {
          return error(res, 400, 'TOOLBOX_VALIDATION_FAILED', 'body/reason is required to reject a version');
        }
        if (parts[5] === 'approve' && queue[index]!.publishedBy.id === 'u-admin') {
          return error(res, 403, 'TOOLBOX_FORBIDDEN', 'you published this version yourself: another reviewer must approve it', `版本 ${diff.version} 是你自己发布的，须由另一位审核员或管理员审核。`);
        }
        queue.splice(index, 1);
        return send(res, 200, { appId: parts[2], version: diff.version, status: parts[5] === 'approve' ? 'approved' : 'rejected' });
      }
    }
    if (parts[1] === 'apps' && parts[2]) {
      const id = parts[2];
      const row = rows.find((r) => r.id === id);
      if (!row) return error(res, 404, 'TOOLBOX_APP_NOT_FOUND', `app ${id} not found`);
      if (req.method === 'PATCH') {
        row.annualCost = b.annualCost as number | null;
        return send(res, 200, { id });
      }
      const reason = String(b.reason ?? '');
      if (parts[3] === 'deprecate') {
        const earliest = addDays(shanghaiDay(), Number(settings.noticeDays));
        if (String(b.retireOn) < earliest) {
          return error(res, 400, 'TOOLBOX_RETIRE_DATE_TOO_SOON', `retireOn must be on or after ${earliest}`, `下线日期最早为 ${earliest}：须提前 ${settings.noticeDays} 天通知使用单位。`);
        }
        transition(id, 'deprecate', 'deprecated', reason, { retireOn: b.retireOn, replacement: b.replacement });
        return send(res, 200, { id, status: 'deprecated' });
      }
      if (parts[3] === 'retire') {
        transition(id, 'retire', 'retired', reason);
        return send(res, 200, { id, status: 'retired' });
      }
      if (parts[3] === 'restore') {
        if (row.status === 'active') return error(res, 409, 'TOOLBOX_INVALID_TRANSITION', `${id} is already active`);
        transition(id, 'restore', 'active', reason);
        return send(res, 200, { id, status: 'active' });
      }
    }
    error(res, 404, 'TOOLBOX_NOT_FOUND', `no route ${req.method} ${url.pathname}`);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    writes: () => received.filter((r) => r.method !== 'GET'),
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
