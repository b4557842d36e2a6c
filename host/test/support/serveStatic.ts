import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Sends `root/rel` if it is a file inside root; returns false otherwise. */
export function serveFile(res: ServerResponse, root: string, rel: string, headers: Record<string, string> = {}): boolean {
  const path = normalize(join(root, decodeURIComponent(rel)));
  if (!path.startsWith(normalize(root)) || !existsSync(path) || !statSync(path).isFile()) return false;
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
  createReadStream(path).pipe(res);
  return true;
}
