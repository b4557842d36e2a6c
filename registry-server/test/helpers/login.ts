import type { FastifyInstance } from 'fastify';

export interface Session {
  /** `{cookie: 'toolbox_session=…'}`: spread into inject's headers. */
  headers: { cookie: string };
  user: { id: string; username: string; role: string; unit: { id: string; name: string; path: string[] } };
}

/** Signs in through `POST /api/auth/login` (demo password `toolbox` by default). */
export async function login(app: FastifyInstance, username: string, password = 'toolbox'): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'toolbox_session');
  if (!cookie) throw new Error('no session cookie');
  return { headers: { cookie: `toolbox_session=${cookie.value}` }, user: res.json<{ user: Session['user'] }>().user };
}

/**
 * A bearer token of a signed-in developer or admin: `{authorization: 'Bearer …'}`. Minting needs the password again
 * (the demo's `toolbox` by default); the token publishes every app its user may, unless `grant` says otherwise.
 */
export async function bearer(
  app: FastifyInstance,
  session: Session,
  name = 'test',
  grant: { password?: string; scope?: 'publish' | 'read'; apps?: string[]; expiresInDays?: number } = {},
): Promise<{ authorization: string }> {
  const { password = 'toolbox', scope = 'publish', ...rest } = grant;
  const res = await app.inject({ method: 'POST', url: '/api/tokens', headers: session.headers, payload: { name, password, scope, ...rest } });
  if (res.statusCode !== 201) throw new Error(`token failed: ${res.statusCode} ${res.body}`);
  return { authorization: `Bearer ${res.json<{ token: string }>().token}` };
}
