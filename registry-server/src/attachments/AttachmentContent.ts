import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Engine } from '../db/dialect.ts';

/**
 * Where a photo's bytes live, beside its row: in the row itself on PostgreSQL (instances share nothing but the
 * database), in files under `<TOOLBOX_DATA_DIR>/.attachments/` on SQLite, as published bundles are. The dot keeps the
 * folder out of the bundle store's start-up reconcile, which reads every other folder there as an app.
 */
export interface AttachmentContent {
  /** Stores the bytes before the row is inserted; returns the row's `content` (null when the bytes are elsewhere). */
  put(id: string, body: Buffer): Promise<Buffer | null>;
  read(row: { id: string; content: Buffer | null }): Promise<Buffer | undefined>;
  /** After the rows are deleted (their transaction committed): drops the bytes kept elsewhere. */
  remove(ids: readonly string[]): Promise<void>;
}

class InRow implements AttachmentContent {
  async put(_id: string, body: Buffer) {
    return body;
  }
  async read(row: { content: Buffer | null }) {
    return row.content ?? undefined;
  }
  async remove() {}
}

class InFiles implements AttachmentContent {
  constructor(private readonly root: string) {}

  private pathOf(id: string): string {
    // Ids are 32 hex digits (checked by the route and the data API): no separator can reach the path.
    return join(this.root, id.slice(0, 2), id);
  }

  async put(id: string, body: Buffer) {
    const path = this.pathOf(id);
    await mkdir(join(this.root, id.slice(0, 2)), { recursive: true });
    // Written aside and renamed, so a crash never leaves half a photo under its id.
    await writeFile(`${path}.part`, body);
    await rename(`${path}.part`, path);
    return null;
  }

  async read(row: { id: string }) {
    return readFile(this.pathOf(row.id)).catch(() => undefined);
  }

  async remove(ids: readonly string[]) {
    await Promise.all(ids.map((id) => rm(this.pathOf(id), { force: true })));
  }
}

export function createAttachmentContent(engine: Engine, dataDir: string): AttachmentContent {
  return engine === 'postgres' ? new InRow() : new InFiles(join(dataDir, '.attachments'));
}
