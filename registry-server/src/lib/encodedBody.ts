// Compressed copies of the immutable files the server sends from memory: the host's /assets and the published
// /bundles. Opening an app on a committee's office PC (20 Mbit/s) moved its files uncompressed, three times their
// gzip size. @fastify/compress would compress every response again; these bodies never change under their key, so
// each encoding is made once, off the event loop (zlib's thread pool), and kept in the same memory cache as the body.
// Only these public, immutable files are compressed: no response that reflects a request beside a secret (BREACH).
import negotiate from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MemoryFileCache } from './MemoryFileCache.ts';

export type Encoding = 'br' | 'gzip';

/** Text that compresses: scripts, styles, JSON (manifests, form definitions), SVG, HTML, source maps. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;
/** Below this a compressed body saves less than a packet and costs the browser a decoder. */
const MIN_ENCODED_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Brotli at quality 5: zlib's default, 11, took 0.7 s for the desktop's 296 kB script here (paid by the first request
 * after a start), quality 5 about 20 ms for a file 10 % bigger. Gzip at level 6 for browsers without brotli.
 */
function encode(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  return gzipAsync(body, { level: 6 });
}

/** Whether a body of this type is worth compressing at all (then the response varies with Accept-Encoding). */
function isCompressible(type: string): boolean {
  return COMPRESSIBLE.test(type);
}

/** The encoding to send a compressible body in: brotli, else gzip, as the request's Accept-Encoding allows. */
function acceptedEncoding(request: FastifyRequest): Encoding | undefined {
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string' || header === '') return undefined;
  return negotiate<Encoding>(header, ['br', 'gzip']) ?? undefined;
}

/** The entity tag of one encoding of a body whose own tag is `etag` (a quoted string). */
function etagOf(etag: string, encoding: Encoding | undefined): string {
  return encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag;
}

/**
 * Answers 304 when If-None-Match names this body (own tag `etag`, of type `type`) in any of its encodings (a cache
 * keeps the one it was sent); otherwise does nothing and gives back undefined.
 */
export function sendNotModified(request: FastifyRequest, reply: FastifyReply, etag: string, type: string): FastifyReply | undefined {
  const asked = request.headers['if-none-match'];
  if (typeof asked !== 'string') return undefined;
  const held = [etag, etagOf(etag, 'br'), etagOf(etag, 'gzip')].find((tag) => tag === asked);
  if (!held) return undefined;
  if (isCompressible(type)) varyOnEncoding(reply);
  return reply.header('etag', held).status(304).send();
}

/** Adds Accept-Encoding to the response's Vary, keeping what is there. */
function varyOnEncoding(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  const listed = typeof vary === 'string' && vary !== '' ? `${vary}, ` : '';
  if (!/accept-encoding/i.test(listed)) void reply.header('vary', `${listed}accept-encoding`);
}

/**
 * Sends `body` (kept in `cache` under `key`) in the encoding the request accepts, compressing it once. The encoded
 * copy is kept under `key` + NUL + encoding (no path holds a NUL: archivePath.ts), built by `entry` so that the
 * cache's own bookkeeping (pruning by app and version, say) applies to it too; without a cache it is made and not
 * kept. Sets Vary, Content-Encoding and the encoding's ETag; `etag` is the body's own.
 */
export async function sendEncoded<T extends { body: Buffer }>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { cache: MemoryFileCache<T> | undefined; key: string; body: Buffer; type: string; etag: string; entry: (encoded: Buffer) => T },
): Promise<FastifyReply> {
  const { cache, key, body, type, etag } = options;
  if (!isCompressible(type)) return reply.header('etag', etag).send(body);
  varyOnEncoding(reply);
  const encoding = body.length >= MIN_ENCODED_BYTES ? acceptedEncoding(request) : undefined;
  if (!encoding) return reply.header('etag', etag).send(body);
  const encodedKey = `${key}\0${encoding}`;
  let encoded = cache?.get(encodedKey)?.body;
  if (!encoded) {
    encoded = await encode(body, encoding);
    cache?.set(encodedKey, options.entry(encoded));
  }
  return reply.header('content-encoding', encoding).header('etag', etagOf(etag, encoding)).send(encoded);
}
