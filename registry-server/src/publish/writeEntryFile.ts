import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What is read: a node-tar entry (a Minipass stream) or a yauzl entry stream. */
export interface EntrySource {
  // biome-ignore lint/suspicious/noExplicitAny: node-tar and yauzl type their listeners differently; the listener is only forwarded
  on(event: 'data' | 'end' | 'error', listener: (...args: any[]) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

export interface StoredFile {
  sha256: string;
  size: number;
}

/**
 * Writes one entry's bytes to `target`, hashing them on the way (the publish records each file's sha256, and reading
 * them all back would cost a second pass). The byte limits are enforced upstream (TarGuard, yauzl's size check).
 */
export async function writeEntryFile(source: EntrySource, target: string): Promise<StoredFile> {
  await mkdir(dirname(target), { recursive: true });
  const out = createWriteStream(target, { flags: 'wx' });
  const hash = createHash('sha256');
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      out.destroy();
      reject(error);
    };
    source.on('data', (chunk: Buffer) => {
      size += chunk.length;
      hash.update(chunk);
      if (!out.write(chunk)) {
        source.pause();
        out.once('drain', () => source.resume());
      }
    });
    source.on('end', () => out.end());
    source.on('error', (error: Error) => fail(error));
    out.on('error', fail);
    out.on('finish', () => resolve());
  });
  return { sha256: hash.digest('hex'), size };
}
