import { resolve } from 'node:path';
import { listVersions } from '../../../shared/api/clientRoutes.ts';
import { registryClient } from '../../registry/registryClient.ts';
import { readManifest } from '../../vite/readManifest.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';
import { resolveRegistry, type RegistryOptions } from '../resolveRegistry.ts';

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
  const data = await registryClient(registry, { token }).request(listVersions, { params: { id } });
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
