import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { Errors } from '../errors.ts';

/** A path the SPA may own: not the API or bundles, and not a file (a missing chunk must stay a 404, not HTML). */
function isSpaPath(url: string): boolean {
  const path = url.split('?')[0] ?? '/';
  if (path.startsWith('/api/') || path === '/api' || path.startsWith('/bundles/')) return false;
  const last = path.split('/').pop() ?? '';
  return !last.includes('.');
}

/** Serves the built host at `/` when there is one, and answers every unknown route in the TOOLBOX_* shape. */
export async function installHost(app: FastifyInstance, hostDir: string | undefined): Promise<void> {
  const root = hostDir ? resolve(hostDir) : undefined;
  const hasHost = !!root && existsSync(resolve(root, 'index.html'));
  if (hasHost && root) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      setHeaders: (res, path) => {
        // Vite puts content hashes in asset names; index.html must be revalidated to pick up a new build.
        if (path.endsWith('.html')) res.header('Cache-Control', 'no-cache');
        else if (/[\\/]assets[\\/]/.test(path)) res.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasHost && (request.method === 'GET' || request.method === 'HEAD') && isSpaPath(request.url)) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    throw new Errors.NOT_FOUND(`${request.method} ${request.url.split('?')[0]}`);
  });
}
