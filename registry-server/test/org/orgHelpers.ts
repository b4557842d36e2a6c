import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { login, type Session } from '../helpers/login.ts';

export const NEW_PASSWORD = 'Qiyue-huayang-2026';

export async function auditRows(app: FastifyInstance, action?: string) {
  let q = app.db.selectFrom('audit_log').selectAll().orderBy('id');
  if (action) q = q.where('action', '=', action);
  return q.execute();
}

/** Everything a refused request must leave alone: units, users and sessions, row by row, and the audit log's length. */
export async function orgState(app: FastifyInstance): Promise<string> {
  const [units, users, sessions, audit, names] = await Promise.all([
    app.db.selectFrom('org_units').selectAll().orderBy('id').execute(),
    app.db.selectFrom('users').select(['id', 'username', 'name', 'phone', 'role', 'unit_id', 'admin_of', 'disabled_at', 'must_change_password', 'password_hash']).orderBy('id').execute(),
    app.db.selectFrom('sessions').select(['id', 'user_id']).orderBy('id').execute(),
    app.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    app.db.selectFrom('org_unit_names').selectAll().orderBy('unit_id').execute(),
  ]);
  return JSON.stringify({ units, users, sessions, audit: Number(audit.n), names });
}

/** Creates a user as `by`, then signs them in with the temporary password and chooses NEW_PASSWORD. */
export async function createAndSignIn(
  app: FastifyInstance,
  by: Session,
  body: { username: string; name: string; unitId: string; role: string; adminOf?: string | null },
): Promise<{ session: Session; id: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/users', headers: by.headers, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  const { user, temporaryPassword } = res.json<{ user: { id: string }; temporaryPassword: string }>();
  const first = await login(app, body.username, temporaryPassword);
  const changed = await app.inject({
    method: 'PUT',
    url: '/api/me/password',
    headers: first.headers,
    payload: { currentPassword: temporaryPassword, newPassword: NEW_PASSWORD },
  });
  expect(changed.statusCode, changed.body).toBe(200);
  return { session: first, id: user.id };
}
