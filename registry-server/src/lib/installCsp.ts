import type { FastifyInstance } from 'fastify';
import type { Snapshot } from '../catalog/Snapshot.ts';

/**
 * The origins of apps deployed elsewhere (versions of kind `external`), which the desktop must be allowed to load
 * scripts, styles, images, fonts and `mf-manifest.json` from. A rejected version's origin is left out; a pending one
 * is kept, so that its owner can try it (nobody else's desktop is ever given its entry).
 */
export function externalOrigins(snapshot: Snapshot): string[] {
  const origins = new Set<string>();
  for (const app of snapshot.apps.values()) {
    for (const version of app.versions) {
      if (version.kind !== 'external' || (version as { status?: string }).status === 'rejected') continue;
      try {
        const { origin } = new URL(version.entry);
        if (origin.startsWith('http')) origins.add(origin);
      } catch {
        // The publish accepts only absolute http(s) URLs; anything else never loads, so it needs no source.
      }
    }
  }
  return [...origins].sort();
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
 * once per generation; only HTML answers wait for the generation check.
 */
export function installCsp(app: FastifyInstance): void {
  let cached: { generation: number; policy: string } | undefined;
  async function policyNow(): Promise<string> {
    const snapshot = await app.catalog.snapshot();
    if (cached?.generation !== snapshot.generation) cached = { generation: snapshot.generation, policy: desktopPolicy(externalOrigins(snapshot)) };
    return cached.policy;
  }
  app.addHook('onSend', async (request, reply, payload) => {
    // A 304's headers replace the cached answer's: a policy guessed without the type must not land on the desktop.
    if (reply.statusCode === 304 || reply.hasHeader('content-security-policy') || request.url.startsWith('/bundles/')) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    void reply.header('content-security-policy', type.startsWith('text/html') ? await policyNow() : NOT_A_PAGE_POLICY);
    return payload;
  });
}
