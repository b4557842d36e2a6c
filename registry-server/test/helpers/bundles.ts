import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Manifest } from '@toolbox/sdk';
import yazl from 'yazl';

/** A valid manifest of a tiny app; `overrides` replace top-level fields. */
export function makeManifest(id: string, overrides: Partial<Manifest> = {}): Manifest {
  return {
    id,
    name: { 'zh-CN': `测试应用 ${id}`, en: `Test app ${id}` },
    description: { 'zh-CN': '用于测试的轻应用' },
    version: '1.0.0',
    icon: 'icon.svg',
    category: '民生服务',
    keywords: ['测试'],
    scenario: 'general',
    owner: { unit: 'ops-centre', contact: '李开发 021-00000000' },
    entry: 'remoteEntry.js',
    sdk: '^1.0.0',
    ...overrides,
  };
}

/** The files of a built app (remoteEntry.js, a chunk, an icon) plus its manifest with `files` hashes, as the Vite plugin writes them. */
export function appFiles(manifest: Manifest, options: { hashes?: boolean; extra?: Record<string, string | Buffer> } = {}): Record<string, Buffer> {
  const files: Record<string, Buffer> = {
    'remoteEntry.js': Buffer.from(`export const app = ${JSON.stringify(manifest.id)}; // ${manifest.version}\n`),
    'assets/chunk-1.js': Buffer.from(`export default function mount() { return '挂载 ${manifest.id}'; }\n`),
    'icon.svg': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>'),
    'assets/blob.wasm': randomBytes(2048),
  };
  for (const [path, content] of Object.entries(options.extra ?? {})) files[path] = Buffer.from(content);
  const withHashes: Manifest = { ...manifest };
  if (options.hashes !== false) {
    withHashes.files = Object.fromEntries(Object.entries(files).map(([p, c]) => [p, createHash('sha256').update(c).digest('hex')]));
  }
  files['toolbox.manifest.json'] = Buffer.from(JSON.stringify(withHashes, null, 2));
  return files;
}

export interface TarEntry {
  path: string;
  content?: Buffer | string;
  type?: 'file' | 'directory' | 'symlink' | 'hardlink';
  linkname?: string;
}

/** A ustar header block for `entry`, declaring `size` bytes (which a hostile archive may not hold). */
export function tarHeader(entry: TarEntry, size: number): Buffer {
  const header = Buffer.alloc(512);
  header.write(entry.path, 0, 100, 'utf8');
  const octal = (n: number, width: number) => n.toString(8).padStart(width - 1, '0') + '\0';
  header.write(octal(entry.type === 'directory' ? 0o755 : 0o644, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(size, 12), 124);
  header.write(octal(Math.floor(Date.now() / 1000), 12), 136);
  header.write('        ', 148);
  const flag = { file: '0', hardlink: '1', symlink: '2', directory: '5' }[entry.type ?? 'file'];
  header.write(flag, 156);
  if (entry.linkname) header.write(entry.linkname, 157, 100, 'utf8');
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return header;
}

/**
 * A .tgz written byte by byte, so tests can build what well-behaved tools refuse to: `../` paths, absolute paths,
 * symlinks and hard links.
 */
export function makeTgz(entries: TarEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const content = entry.type && entry.type !== 'file' ? Buffer.alloc(0) : Buffer.from(entry.content ?? '');
    blocks.push(tarHeader(entry, content.length), content, Buffer.alloc((512 - (content.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

export function tgzOf(files: Record<string, Buffer | string>, prefix = ''): Buffer {
  return makeTgz(Object.entries(files).map(([path, content]) => ({ path: prefix + path, content })));
}

export interface ZipEntry {
  path: string;
  content?: Buffer | string;
  /** Unix mode, e.g. 0o120777 for a symlink. A path ending in `/` is a folder entry. */
  mode?: number;
}

/**
 * A .zip built with yazl. yazl refuses unsafe names, so a name may be given as `{unsafe: '../x.js'}`: the entry is
 * written under a placeholder of the same length, then the bytes are swapped in the finished archive.
 */
export async function makeZip(entries: (ZipEntry & { unsafe?: string })[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const swaps: [Buffer, Buffer][] = [];
  for (const [i, entry] of entries.entries()) {
    let path = entry.path;
    if (entry.unsafe) {
      path = `${String(i).padStart(2, 'q')}${'x'.repeat(Math.max(1, entry.unsafe.length - 2))}`.slice(0, entry.unsafe.length);
      swaps.push([Buffer.from(path), Buffer.from(entry.unsafe)]);
    }
    if (path.endsWith('/')) zip.addEmptyDirectory(path);
    else zip.addBuffer(Buffer.from(entry.content ?? ''), path, entry.mode ? { mode: entry.mode } : {});
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const out = Buffer.concat(chunks);
  for (const [from, to] of swaps) {
    let at = out.indexOf(from);
    while (at !== -1) {
      to.copy(out, at);
      at = out.indexOf(from, at + 1);
    }
  }
  return out;
}

export function zipOf(files: Record<string, Buffer | string>): Promise<Buffer> {
  return makeZip(Object.entries(files).map(([path, content]) => ({ path, content })));
}

/** A multipart/form-data body with one file field (default `bundle`), for `app.inject`. */
export function multipart(file: Buffer, filename: string, field = 'bundle'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----toolbox${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, file, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** `POST /api/apps/:id/versions` with an archive. */
export function publishArchive(
  app: FastifyInstance,
  headers: Record<string, string>,
  appId: string,
  archive: Buffer,
  filename = 'bundle.tgz',
): Promise<LightMyRequestResponse> {
  const body = multipart(archive, filename);
  return app.inject({ method: 'POST', url: `/api/apps/${appId}/versions`, headers: { ...headers, ...body.headers }, payload: body.payload });
}

/** `POST /api/apps/:id/versions` as JSON `{manifest, entry}`: an app deployed elsewhere, nothing uploaded. */
export function publishExternal(
  app: FastifyInstance,
  headers: Record<string, string>,
  appId: string,
  manifest: unknown,
  entry: string,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `/api/apps/${appId}/versions`, headers, payload: { manifest, entry } });
}

/** Publishes a tiny app as a .tgz (manifest overrides allowed) and returns the response. */
export function publishApp(
  app: FastifyInstance,
  headers: Record<string, string>,
  appId: string,
  overrides: Partial<Manifest> = {},
): Promise<LightMyRequestResponse> {
  return publishArchive(app, headers, appId, tgzOf(appFiles(makeManifest(appId, overrides))));
}
