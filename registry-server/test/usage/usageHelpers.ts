import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../src/auth/password.ts';

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
