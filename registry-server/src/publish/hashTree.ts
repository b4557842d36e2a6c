import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every regular file under `root` (posix relative path) → sha256 hex. */
export async function hashTree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const full = join(entry.parentPath, entry.name);
    out[relative(root, full).split(sep).join('/')] = await sha256File(full);
  }
  return out;
}

/** `sha256-<base64>` (Subresource Integrity) from a hex digest. */
export function sriFromHex(hex: string): string {
  return `sha256-${Buffer.from(hex, 'hex').toString('base64')}`;
}
