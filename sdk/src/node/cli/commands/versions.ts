import { resolve } from 'node:path';
import { RegistryClient } from '../../registry/RegistryClient.ts';
import { readManifest } from '../../vite/readManifest.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';
import { resolveRegistry, type RegistryOptions } from '../resolveRegistry.ts';

/** One published version, as `GET /api/apps/:id/versions` lists it (the fields the CLI shows). */
export interface VersionSummary {
  version: string;
  current: boolean;
  publishedAt: string;
  publishedBy?: { username: string | null };
  url: string;
  /** Review before live (上架审核): only an approved version can be current. */
  status?: 'pending' | 'approved' | 'rejected';
}

/** Options of `toolbox versions` and `toolbox rollback`. */
export interface AppRegistryOptions extends RegistryOptions {
  /** The app id; by default the id of ./toolbox.manifest.json. */
  app?: string;
  dir?: string;
}

export function appIdOf(io: CliIo, options: AppRegistryOptions): string {
  return options.app ?? readManifest(resolve(io.cwd, options.dir ?? '.')).id;
}

/** `toolbox versions`: every published version of the app, newest first, the current one marked with `*`. */
export async function versions(io: CliIo, options: AppRegistryOptions): Promise<number> {
  const id = appIdOf(io, options);
  const { registry, token } = await resolveRegistry(io, options);
  const client = new RegistryClient(registry, { token });
  const { data } = await client.request<{ items: VersionSummary[] }>('GET', `/api/apps/${encodeURIComponent(id)}/versions`);
  if (data.items.length === 0) {
    io.out(say(io, 'noVersions', { id }));
    return 0;
  }
  for (const v of data.items) {
    const status = v.status && v.status !== 'approved' ? `  [${say(io, v.status === 'pending' ? 'statusPending' : 'statusRejected')}]` : '';
    io.out(`${v.current ? '*' : ' '} ${v.version.padEnd(12)} ${v.publishedAt.slice(0, 19).replace('T', ' ')}  ${v.publishedBy?.username ?? ''}  ${v.url}${status}`);
  }
  return 0;
}
