// Hostile archives, built byte by byte as an attacker would (issue 12): what well-behaved tools never write.
import { gzipSync } from 'node:zlib';
import { tarHeader } from '../helpers/bundles.ts';

/** The tar blocks of `files` (no end marker). */
export function tarBlocks(files: Record<string, Buffer>): Buffer {
  const parts: Buffer[] = [];
  for (const [path, content] of Object.entries(files)) {
    parts.push(tarHeader({ path }, content.length), content, Buffer.alloc((512 - (content.length % 512)) % 512));
  }
  return Buffer.concat(parts);
}

const END = Buffer.alloc(1024);

/** A valid bundle, its end marker, then `zeros` more bytes of zeros: 32 MiB of them gzip to about 32 KB. */
export function trailingZerosBomb(files: Record<string, Buffer>, zeros: number): Buffer {
  return gzipSync(Buffer.concat([tarBlocks(files), END, Buffer.alloc(zeros)]), { level: 9 });
}

/** A valid bundle, its end marker, then a few non-zero bytes (data hidden after the end). */
export function trailingDataTgz(files: Record<string, Buffer>): Buffer {
  return gzipSync(Buffer.concat([tarBlocks(files), END, Buffer.from('hidden after the end marker')]));
}

/** A bundle whose last entry declares `size` bytes (1 GiB) but carries only a few: refused at its header or not at all. */
export function hugeEntryTgz(files: Record<string, Buffer>, size: number): Buffer {
  return gzipSync(Buffer.concat([tarBlocks(files), tarHeader({ path: 'huge.js' }, size), Buffer.alloc(4096, 0x61)]));
}

/** A bundle followed by `count` directory entries: 30,000 of them gzip to about 141 KB. */
export function directoriesBomb(files: Record<string, Buffer>, count: number): Buffer {
  const dirs = Array.from({ length: count }, (_, i) => tarHeader({ path: `d/${i}/`, type: 'directory' }, 0));
  return gzipSync(Buffer.concat([tarBlocks(files), ...dirs, END]), { level: 9 });
}

/** A gzip whose content is itself a gzip of a tar: the parser must not be allowed to unpack the inner one unbounded. */
export function nestedGzip(files: Record<string, Buffer>): Buffer {
  return gzipSync(gzipSync(Buffer.concat([tarBlocks(files), END])));
}
