import type { FastifyRequest } from 'fastify';

/** Methods that change something: a browser sends them cross-site with the cookie (forms, sendBeacon, fetch no-cors). */
export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Why a state-changing request that relies on the session cookie comes from another page than the desktop's own,
 * or null when it does not. A browser always sends `Sec-Fetch-Site` (current ones) or `Origin` (every POST); a page of
 * the same site on another port is `same-site`, not `same-origin`, though SameSite=Lax lets its cookie through.
 * Requests with neither header are not from a browser (curl, the CLI, tests) and cannot ride a user's cookie.
 */
export function originRefusal(request: FastifyRequest): string | null {
  const site = single(request.headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site is "${site}"`;
  const origin = single(request.headers.origin);
  if (origin === undefined) return null;
  // request.protocol and request.host follow X-Forwarded-Proto/-Host only from a trusted proxy (trustProxy).
  const own = ownOrigin(request);
  if (own === null || normalized(origin) !== own) return `Origin "${origin}" is not the desktop's origin ${own ?? '(unknown host)'}`;
  return null;
}

function ownOrigin(request: FastifyRequest): string | null {
  try {
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return null;
  }
}

function normalized(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin; // "null" (a sandboxed frame, a file) never equals an http origin
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
