import { readdir } from 'node:fs/promises';
import { create } from 'tar';

/** Packs every file of `dir` into a gzipped tar held in memory, with paths relative to `dir` (no leading `./`). */
export async function packDirectory(dir: string): Promise<Buffer> {
  const entries = (await readdir(dir)).sort();
  const chunks: Buffer[] = [];
  // portable: no uid, gid or mtime noise, so the same dist/ packs to the same archive.
  const stream = create({ gzip: true, cwd: dir, portable: true }, entries);
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
