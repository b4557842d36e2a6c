import { ToolboxSdkError } from '../../errors.ts';
import { readUserConfig } from '../registry/userConfig.ts';
import type { CliIo } from './CliIo.ts';

/** Options every registry command accepts. */
export interface RegistryOptions {
  registry?: string;
  token?: string;
}

/**
 * Where to publish and with which token: `--registry`, then `TOOLBOX_REGISTRY`, then the stored login; `--token`,
 * then `TOOLBOX_TOKEN`, then the stored token (only when it belongs to the same registry).
 */
export async function resolveRegistry(io: CliIo, options: RegistryOptions): Promise<{ registry: string; token: string }> {
  const stored = await readUserConfig(io.env);
  const registry = (options.registry ?? io.env.TOOLBOX_REGISTRY ?? stored.registry)?.replace(/\/+$/, '');
  if (!registry) throw new ToolboxSdkError('TOOLBOX_CLI_NO_REGISTRY');
  const storedToken = stored.registry?.replace(/\/+$/, '') === registry ? stored.token : undefined;
  const token = options.token ?? io.env.TOOLBOX_TOKEN ?? storedToken;
  if (!token) throw new ToolboxSdkError('TOOLBOX_CLI_NO_TOKEN', [registry]);
  return { registry, token };
}
