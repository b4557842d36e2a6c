import { RegistryClient } from '../../registry/RegistryClient.ts';
import { writeUserConfig } from '../../registry/userConfig.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';
import { ToolboxSdkError } from '../../../errors.ts';

/** Options of `toolbox login`. */
export interface LoginOptions {
  registry?: string;
  username?: string;
}

/**
 * `toolbox login --registry URL`: signs in with username and password (asked on the terminal), creates a bearer
 * token for the CLI (`POST /api/tokens`) and stores `{registry, token}` in the user's config dir with mode 600.
 * The password is never stored.
 */
export async function login(io: CliIo, options: LoginOptions): Promise<number> {
  const registry = (options.registry ?? io.env.TOOLBOX_REGISTRY)?.replace(/\/+$/, '');
  if (!registry) throw new ToolboxSdkError('TOOLBOX_CLI_NO_REGISTRY');
  const username = options.username ?? (await io.prompt(say(io, 'loginUser'))).trim();
  const password = await io.prompt(say(io, 'loginPassword'), { hidden: true });

  const anonymous = new RegistryClient(registry);
  const { response } = await anonymous.request('POST', '/api/auth/login', { username, password });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const session = new RegistryClient(registry, { cookie });
  const host = io.env.HOSTNAME ?? 'cli';
  const { data } = await session.request<{ id: string; token: string }>('POST', '/api/tokens', {
    name: `toolbox CLI (${username}@${host})`,
  });
  const file = await writeUserConfig({ registry, token: data.token }, io.env);
  io.out(say(io, 'loggedIn', { registry, file }));
  return 0;
}
