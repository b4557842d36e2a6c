import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/sessionCookie.ts';
import { userFromSession } from '../auth/resolveUser.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import type { Snapshot } from '../catalog/Snapshot.ts';

/** The origins of the apps deployed elsewhere: those every desktop may load, and those only an owner's may. */
export interface ExternalOrigins {
  /** Of approved versions of apps not retired: any desktop may be given their entries. */
  live: string[];
  /** Per owner (user id): the origins of their apps' pending versions that are not live, for them to try. */
  pendingByOwner: Map<string, string[]>;
}

/**
 * The origins of apps deployed elsewhere (versions of kind `external`), which the desktop must be allowed to load
 * scripts, styles, images, fonts and `mf-manifest.json` from. Only an approved version of an app that is not retired
 * widens everyone's policy. A pending version's origin is added for its owner only (nobody else's desktop is given
 * its entry): otherwise any developer could widen every user's `script-src` without review. A rejected version, or
 * any version of a retired app, adds nothing.
 */
export function externalOrigins(snapshot: Snapshot, today: string): ExternalOrigins {
  const live = new Set<string>();
  const pending = new Map<string, Set<string>>();
  for (const app of snapshot.apps.values()) {
    if (effectiveStatus(app.row, today) === 'retired') continue;
    for (const version of app.versions) {
      if (version.kind !== 'external' || version.status === 'rejected') continue;
      const origin = originOf(version.entry);
      if (!origin) continue;
      if (version.status === 'approved') live.add(origin);
      else {
        const owned = pending.get(app.row.owner_user_id) ?? new Set<string>();
        owned.add(origin);
        pending.set(app.row.owner_user_id, owned);
      }
    }
  }
  const pendingByOwner = new Map<string, string[]>();
  for (const [owner, origins] of pending) {
    const extra = [...origins].filter((o) => !live.has(o)).sort();
    if (extra.length) pendingByOwner.set(owner, extra);
  }
  return { live: [...live].sort(), pendingByOwner };
}

function originOf(entry: string): string | undefined {
  try {
    const { origin } = new URL(entry);
    return origin.startsWith('http') ? origin : undefined;
  } catch {
    // The publish accepts only absolute http(s) URLs; anything else never loads, so it needs no source.
    return undefined;
  }
}

/**
 * The desktop's policy. Scripts only from this origin and the external apps' origins, never inline (the built host
 * has none: Vite writes `<script type="module" src>`), and no plugins or `<base>`. Styles may be inline: remotes built
 * with Vite inject their CSS as `<style>` elements at run time and React sets `style` attributes, and a nonce cannot
 * be given to code the host does not write; CSS cannot run script, so the cost is at most restyling the page.
 * No `'unsafe-eval'`: nothing the desktop or the SDK runs in the page generates code (the SDK's forms check records
 * with an interpreting validator, `sdk/src/ui/checkRecord.ts`), so a plugin that calls `eval` or `new Function` fails.
 */
export function desktopPolicy(origins: readonly string[]): string {
  const extra = origins.length ? ` ${origins.join(' ')}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${extra}`,
    `style-src 'self' 'unsafe-inline'${extra}`,
    `img-src 'self' data: blob:${extra}`,
    `font-src 'self' data:${extra}`,
    `connect-src 'self'${extra}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Anything that is not a page (JSON, the host's own scripts and styles): opened directly, it may run and load nothing. */
export const NOT_A_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Sets the Content-Security-Policy of every answer but published files (routes/bundles.ts sets theirs): the desktop's
 * policy on HTML (the host and the API docs), the closed one on the rest. The external origins come from the
 * catalogue snapshot, which is reloaded when its generation changes (any publish, on any instance), and are computed
 * once per generation and day (a deprecated app retires on its date); only HTML answers wait for the generation
 * check. The session is read only when someone has a pending external version, and only on HTML answers, which are
 * `no-store`, so one owner's policy is never given to another.
 */
export function installCsp(app: FastifyInstance): void {
  let cached: { key: string; origins: ExternalOrigins; policy: string } | undefined;
  async function policyFor(request: FastifyRequest): Promise<string> {
    const snapshot = await app.catalog.snapshot();
    const today = app.catalog.today();
    const key = `${snapshot.generation}:${today}`;
    if (cached?.key !== key) {
      const origins = externalOrigins(snapshot, today);
      cached = { key, origins, policy: desktopPolicy(origins.live) };
    }
    const { origins, policy } = cached;
    const cookie = request.cookies[SESSION_COOKIE];
    if (origins.pendingByOwner.size === 0 || !cookie) return policy;
    const user = await userFromSession(app.db, app.org, cookie, app.now());
    const own = user ? origins.pendingByOwner.get(user.id) : undefined;
    return own ? desktopPolicy([...origins.live, ...own]) : policy;
  }
  app.addHook('onSend', async (request, reply, payload) => {
    // A 304's headers replace the cached answer's: a policy guessed without the type must not land on the desktop.
    if (reply.statusCode === 304 || reply.hasHeader('content-security-policy') || request.url.startsWith('/bundles/')) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    void reply.header('content-security-policy', type.startsWith('text/html') ? await policyFor(request) : NOT_A_PAGE_POLICY);
    return payload;
  });
}
