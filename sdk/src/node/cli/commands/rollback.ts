import { RegistryClient } from '../../registry/RegistryClient.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';
import { resolveRegistry } from '../resolveRegistry.ts';
import { appIdOf, type AppRegistryOptions } from './versions.ts';

/** `toolbox rollback <version>`: makes a published version current again (`POST /api/apps/:id/rollback`). */
export async function rollback(io: CliIo, version: string, options: AppRegistryOptions & { reason?: string }): Promise<number> {
  const id = appIdOf(io, options);
  const { registry, token } = await resolveRegistry(io, options);
  const client = new RegistryClient(registry, { token });
  await client.request('POST', `/api/apps/${encodeURIComponent(id)}/rollback`, {
    version,
    ...(options.reason ? { reason: options.reason } : {}),
  });
  io.out(say(io, 'rolledBack', { id, version }));
  return 0;
}
