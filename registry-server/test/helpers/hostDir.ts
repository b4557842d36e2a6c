import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A stand-in for host/dist in a new temporary folder: `files` by relative path (the caller removes the folder). */
export function makeHostDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'toolbox-host-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
