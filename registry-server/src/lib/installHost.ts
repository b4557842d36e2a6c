import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { Errors } from '../errors.ts';
import { checkEntryPath } from '../publish/archivePath.ts';
import { contentTypeOf } from './contentType.ts';
import { sendEncoded, sendNotModified } from './encodedBody.ts';
import { MemoryFileCache } from './MemoryFileCache.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The host's own JS and CSS: a few files, the biggest a few hundred kB. */
const ASSET_CACHE_BYTES = 16 * 1024 * 1024;
const ASSET_CACHE_FILE_BYTES = 2 * 1024 * 1024;

interface CachedAsset {
  body: Buffer;
  type: string;
  etag: string;
}

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
      // Static files are noise in the request log; failures still log.
      logLevel: 'warn',
      setHeaders: (res, path) => {
        // Vite puts content hashes in asset names. index.html is never stored: its CSP names the external apps'
        // origins, which change with a publish while the file does not (a 304 would keep the old policy).
        if (path.endsWith('.html')) res.header('Cache-Control', 'no-store');
        else if (/[\\/]assets[\\/]/.test(path)) res.header('Cache-Control', IMMUTABLE);
      },
    });
    installAssets(app, root);
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasHost && (request.method === 'GET' || request.method === 'HEAD') && isSpaPath(request.url)) {
      return reply.header('Cache-Control', 'no-store').sendFile('index.html');
    }
    throw new Errors.NOT_FOUND(`${request.method} ${request.url.split('?')[0]}`);
  });
}

/**
 * `/assets/*`: the host's JS and CSS, which every cold start fetches. Vite names them by content hash, so a name
 * always means the same bytes (a rebuild writes new names): they are read once and then sent from memory, instead of
 * being streamed from disk in 64 kB reads on every request. Big files and unknown types go to @fastify/static.
 */
function installAssets(app: FastifyInstance, root: string): void {
  const cache = new MemoryFileCache<CachedAsset>(ASSET_CACHE_BYTES, ASSET_CACHE_FILE_BYTES);
  app.get<{ Params: { '*': string } }>('/assets/*', { logLevel: 'warn', schema: { hide: true } }, async (request, reply) => {
    const checked = checkEntryPath(request.params['*']);
    if ('unsafe' in checked || checked.path === '') throw new Errors.NOT_FOUND(`${request.method} ${request.url.split('?')[0]}`);
    const path = `assets/${checked.path}`;
    let asset = cache.get(path);
    if (!asset) {
      const type = contentTypeOf(path);
      const info = await stat(join(root, path)).catch(() => undefined);
      if (!info?.isFile()) throw new Errors.NOT_FOUND(`${request.method} ${request.url.split('?')[0]}`);
      if (info.size > ASSET_CACHE_FILE_BYTES || type === 'application/octet-stream') return reply.sendFile(path);
      const body = await readFile(join(root, path));
      asset = { body, type, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
      cache.set(path, asset);
    }
    void reply.header('cache-control', IMMUTABLE);
    const { type, etag } = asset;
    const notModified = sendNotModified(request, reply, etag, type);
    if (notModified) return notModified;
    return sendEncoded(request, reply.type(type), { cache, key: path, body: asset.body, type, etag, entry: (body) => ({ body, type, etag }) });
  });
}
