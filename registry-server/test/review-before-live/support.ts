import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Manifest } from '@toolbox/sdk';
import { appFiles, makeManifest, publishArchive, tgzOf } from '../helpers/bundles.ts';
import type { Session } from '../helpers/login.ts';

/** Publishes a bundle of `id` at `version` as `who` (a tiny real app, see helpers/bundles.ts). */
export function publish(
  app: FastifyInstance,
  who: Session,
  id: string,
  version: string,
  overrides: Partial<Manifest> = {},
  extra: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return publishArchive(app, who.headers, id, tgzOf(appFiles(makeManifest(id, { version, ...overrides }), { extra })));
}

export function review(
  app: FastifyInstance,
  who: Session,
  id: string,
  version: string,
  decision: 'approve' | 'reject',
  body: Record<string, unknown> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `/api/apps/${id}/versions/${version}/${decision}`, headers: who.headers, payload: body });
}

export function rollback(app: FastifyInstance, who: Session, id: string, version: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `/api/apps/${id}/rollback`, headers: who.headers, payload: { version } });
}

export async function versionsOf(app: FastifyInstance, who: Session, id: string) {
  const res = await app.inject({ url: `/api/apps/${id}/versions`, headers: who.headers });
  return res.json<{ items: { version: string; status: string; current: boolean; reviewedBy: { id: string; name: string | null } | null; reviewReason: string | null; reviewedAt: string | null }[] }>().items;
}
