import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import { Errors } from '../errors.ts';
import { contentTypeOf } from '../lib/contentType.ts';
import { checkEntryPath } from '../publish/archivePath.ts';

const STREAM_ABOVE_BYTES = 1024 * 1024;

function cors(reply: FastifyReply): FastifyReply {
  return reply.header('Access-Control-Allow-Origin', '*').header('Cross-Origin-Resource-Policy', 'cross-origin');
}

/**
 * Published files. Versions are immutable, so they are cached for a year; CORS lets hosts on other origins load them.
 * Only files recorded for a published version are served (never a stray directory), and never a retired app's.
 */
const bundlesRoutes: FastifyPluginAsync = async (app) => {
  app.options('/bundles/*', async (_request, reply) =>
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
      const display = `/bundles/${appId}/${version}/${rest}`;
      if ('unsafe' in checked || checked.path === '') throw new Errors.FILE_NOT_FOUND(display);
      const snapshot = await app.catalog.snapshot();
      const found = snapshot.apps.get(appId);
      const published = found?.byVersion.get(version);
      if (!found || !published) throw new Errors.FILE_NOT_FOUND(display);
      if (effectiveStatus(found.row, app.catalog.today()) === 'retired') throw new Errors.APP_RETIRED(appId);
      const hash = published.files[checked.path];
      if (hash === undefined) throw new Errors.FILE_NOT_FOUND(display);

      const etag = `"${hash}"`;
      cors(reply)
        .header('Cache-Control', 'public, max-age=31536000, immutable')
        .header('ETag', etag)
        .header('X-Content-Type-Options', 'nosniff');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      const file = join(app.dataDir, appId, version, checked.path);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) throw new Errors.FILE_NOT_FOUND(display);
      void reply.type(contentTypeOf(checked.path));
      // Small files (nearly all chunks) go out as one buffer with a Content-Length; big ones are streamed.
      return reply.send(info.size <= STREAM_ABOVE_BYTES ? await readFile(file) : createReadStream(file));
    },
  );
};

export default bundlesRoutes;
