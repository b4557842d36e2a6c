import { rollbackVersion } from '../../../shared/api/clientRoutes.ts';
import { registryClient } from '../../registry/registryClient.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';
import { resolveRegistry } from '../resolveRegistry.ts';
import { appIdOf, type AppRegistryOptions } from './versions.ts';

/** `toolbox rollback <version>`: makes a published version current again (`POST /api/apps/:id/rollback`). */
export async function rollback(io: CliIo, version: string, options: AppRegistryOptions & { reason?: string }): Promise<number> {
  const id = appIdOf(io, options);
  const { registry, token } = await resolveRegistry(io, options);
  await registryClient(registry, { token }).request(rollbackVersion, {
    params: { id },
    body: { version, ...(options.reason ? { reason: options.reason } : {}) },
  });
  io.out(say(io, 'rolledBack', { id, version }));
  return 0;
}
