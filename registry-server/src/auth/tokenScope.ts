import type { TokenGrant } from './AuthUser.ts';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Publishing as the CLI and CI do it: register an app, update its descriptive fields, publish a version, roll back.
// Everything else that writes (settings, reviews, tokens, users, usage, records) needs a signed-in person.
const PUBLISH_ROUTES = new Set(['POST /api/apps', 'PATCH /api/apps/:id', 'POST /api/apps/:id/versions', 'POST /api/apps/:id/rollback']);

/**
 * Why a bearer token with `grant` may not make this request, or null when it may. `route` is the matched route
 * pattern (`/api/apps/:id/versions`); the app is its `:id`, or the body's `id` when registering one.
 */
export function tokenRefusal(grant: TokenGrant, method: string, route: string, params: unknown, body: unknown): string | null {
  const read = READS.has(method);
  if (grant.scope === 'read') return read ? null : `it is a read token, and ${method} ${route} writes`;
  if (!read && !PUBLISH_ROUTES.has(`${method} ${route}`)) {
    return `a publish token publishes, rolls back and reads; ${method} ${route} is none of these`;
  }
  if (!grant.apps) return null;
  const appId = route === '/api/apps/:id' || route.startsWith('/api/apps/:id/') ? field(params, 'id') : route === '/api/apps' && !read ? field(body, 'id') : undefined;
  if (appId !== undefined && !grant.apps.includes(appId)) return `it is limited to the apps ${grant.apps.join(', ')}, not "${appId}"`;
  return null;
}

function field(value: unknown, name: string): string | undefined {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' ? v : undefined;
}
