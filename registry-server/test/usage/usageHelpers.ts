import { randomUUID } from 'node:crypto';
import type { Manifest } from '@toolbox/sdk';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../src/auth/password.ts';
import { makeManifest } from '../helpers/bundles.ts';
import { login } from '../helpers/login.ts';

/** Adds staff users to a unit (password `toolbox`), for tests that need more than the four demo users. */
export async function addStaff(app: FastifyInstance, unitId: string, usernames: string[]): Promise<void> {
  const hash = await hashPassword('toolbox');
  await app.db
    .insertInto('users')
    .values(
      usernames.map((username) => ({
        id: randomUUID(),
        username,
        name: username,
        role: 'staff' as const,
        unit_id: unitId,
        password_hash: hash,
        pins: '[]',
        created_at: new Date(0).toISOString(),
      })),
    )
    .execute();
}

export function event(app: string, type: string, at: Date, id: string = randomUUID()) {
  return { id, app, type, at: at.toISOString() };
}

/**
 * Publishes an app as `dev` and makes the version current: where a publish waits for review (a `pending` version),
 * an admin approves it. Throws unless the app ends up with a current version. The app is one deployed elsewhere
 * (JSON `{manifest, entry}`): usage tests need a live app, not a bundle.
 */
export async function publishLive(app: FastifyInstance, appId: string, overrides: Partial<Manifest> = {}): Promise<void> {
  const dev = await login(app, 'dev');
  const manifest = makeManifest(appId, { icon: '📋', ...overrides });
  const entry = `https://apps.example.org/${appId}/remoteEntry.js`;
  const res = await app.inject({ method: 'POST', url: `/api/apps/${appId}/versions`, headers: dev.headers, payload: { manifest, entry } });
  if (res.statusCode !== 201) throw new Error(`publish ${appId}: ${res.statusCode} ${res.body}`);
  const { version, status } = res.json<{ version: { version: string; status?: string } }>().version;
  if (status === 'pending') {
    const admin = await login(app, 'admin');
    const url = `/api/apps/${appId}/versions/${version}/approve`;
    const ok = await app.inject({ method: 'POST', url, headers: admin.headers, payload: { reason: 'test' } });
    if (ok.statusCode >= 300) throw new Error(`approve ${appId}: ${ok.statusCode} ${ok.body}`);
  }
  const row = await app.db.selectFrom('apps').select('current_version').where('id', '=', appId).executeTakeFirstOrThrow();
  if (row.current_version === null) throw new Error(`${appId} has no current version after publishing`);
}
