import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import type { Snapshot } from '../catalog/Snapshot.ts';
import { guardUnreviewed } from '../catalog/unreviewedAccess.ts';
import { Errors } from '../errors.ts';
import { bundleFileServing } from '../lib/bundleFileServing.ts';
import { sendEncoded, sendNotModified } from '../lib/encodedBody.ts';
import { MemoryFileCache } from '../lib/MemoryFileCache.ts';
import { checkEntryPath } from '../publish/archivePath.ts';
import { STREAM_ABOVE_BYTES } from '../publish/BundleStore.ts';

const FILE_HEADERS = {
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
  'cache-control': 'public, max-age=31536000, immutable',
  'x-content-type-options': 'nosniff',
};

interface CachedFile {
  app: string;
  version: string;
  /** The sha256 recorded at publish: an entry only answers for the file recorded with this hash. */
  hash: string;
  body: Buffer;
}

function cors(reply: FastifyReply): FastifyReply {
  return reply.header('Access-Control-Allow-Origin', '*').header('Cross-Origin-Resource-Policy', 'cross-origin');
}

/**
 * Published files. Versions are immutable, so they are cached for a year; CORS lets hosts on other origins load them.
 * Each is served with its type from the publish's allow-list, `nosniff`, and a sandboxing CSP unless it is script
 * (lib/bundleFileServing.ts): nothing published renders as a page of the desktop's origin.
 * Only files recorded for a published version are served (never a stray directory), and never a retired app's.
 *
 * The files come from the bundle store (publish/BundleStore.ts): the file store on SQLite, the database on PostgreSQL,
 * which serve alike. Opening an app fetches its files in one burst, so each request is kept cheap: no request log
 * lines (errors still log), and small files come from memory. Every request checks the catalogue first
 * (CatalogStore.servingSnapshot: on SQLite one integer read from the file; on PostgreSQL the generation that NOTIFY
 * pushes to every instance, or one integer asked of the database while that notification connection is down); the
 * memory is only looked at once a file may be served.
 */
const bundlesRoutes: FastifyPluginAsync = async (app) => {
  const cache = new MemoryFileCache<CachedFile>(app.limits.bundleCacheBytes, STREAM_ABOVE_BYTES);
  let cachedGeneration = -1;

  /** Frees what can no longer be served (a retired app, a version gone) when the catalogue changes. */
  function pruneFor(snapshot: Snapshot, today: string): void {
    if (snapshot.generation === cachedGeneration) return;
    cachedGeneration = snapshot.generation;
    cache.prune((entry, key) => {
      const found = snapshot.apps.get(entry.app);
      const published = found?.byVersion.get(entry.version);
      if (!found || !published || effectiveStatus(found.row, today) === 'retired') return true;
      // An encoded copy's key ends in NUL and its encoding (lib/encodedBody.ts); a path never holds a NUL.
      const path = key.slice(entry.app.length + entry.version.length + 2).split('\0')[0]!;
      return published.files[path] !== entry.hash;
    });
  }

  app.options('/bundles/*', { logLevel: 'warn' }, async (_request, reply) =>
    cors(reply)
      .header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
      .header('Access-Control-Allow-Headers', '*')
      .header('Access-Control-Max-Age', '86400')
      .status(204)
      .send(),
  );

  app.get<{ Params: { app: string; version: string; '*': string } }>(
    '/bundles/:app/:version/*',
    {
      // A request log line per file is noise (an app opens with a dozen); failures are still logged as errors.
      logLevel: 'warn',
      schema: {
        tags: ['bundles'],
        summary: 'A published file (immutable cache headers, CORS)',
        security: [],
        params: {
          type: 'object',
          properties: { app: { type: 'string' }, version: { type: 'string' }, '*': { type: 'string' } },
        },
      },
    },
    async (request, reply) => {
      const { app: appId, version, '*': rest } = request.params;
      const checked = checkEntryPath(rest);
      const missing = () => new Errors.FILE_NOT_FOUND(`/bundles/${appId}/${version}/${rest}`);
      if ('unsafe' in checked || checked.path === '') throw missing();
      const snapshot = await app.catalog.servingSnapshot();
      const today = app.catalog.today();
      pruneFor(snapshot, today);
      const found = snapshot.apps.get(appId);
      const published = found?.byVersion.get(version);
      if (!found || !published) throw missing();
      if (effectiveStatus(found.row, today) === 'retired') throw new Errors.APP_RETIRED(appId);
      const hash = published.files[checked.path];
      if (hash === undefined) throw missing();

      const etag = `"${hash}"`;
      const serving = bundleFileServing(checked.path);
      void reply.headers(FILE_HEADERS).headers(serving.headers).type(serving.type);
      // Review before live: a version not approved yet only for its owner (and admins, reviewers), never cached.
      if (published.status !== 'approved') await guardUnreviewed(app, request, reply, found, missing);
      const notModified = sendNotModified(request, reply, etag, serving.type);
      if (notModified) return notModified;

      const key = `${appId}/${version}/${checked.path}`;
      const entry = (body: Buffer): CachedFile => ({ app: appId, version, hash, body });
      // Nothing is kept (the file nor its encodings) once the catalogue has changed since this request read it: the
      // prune for the new one may have run already.
      const keep = () => (cachedGeneration === snapshot.generation ? cache : undefined);
      const send = (body: Buffer) => sendEncoded(request, reply, { cache: keep(), key, body, type: serving.type, etag, entry });
      const hit = cache.get(key);
      if (hit && hit.hash === hash) return send(hit.body);

      const stored = await app.bundles.read(appId, version, checked.path);
      if (!stored) throw missing();
      if ('stream' in stored) return reply.header('etag', etag).header('content-length', stored.size).send(stored.stream());
      keep()?.set(key, entry(stored.body));
      return send(stored.body);
    },
  );
};

export default bundlesRoutes;
