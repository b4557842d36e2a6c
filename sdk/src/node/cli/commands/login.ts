import { login as loginRoute, mintToken } from '../../../shared/api/clientRoutes.ts';
import type { RouteBody } from '../../../shared/api/route.ts';
import { registryClient } from '../../registry/registryClient.ts';
import { writeUserConfig } from '../../registry/userConfig.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';
import { ToolboxSdkError } from '../../../errors.ts';

/** Options of `toolbox login`. */
export interface LoginOptions {
  registry?: string;
  username?: string;
  /** `publish` (default: publish, roll back, read) or `read`. */
  scope?: string;
  /** Comma-separated app ids a publish token is limited to. */
  apps?: string;
  /** Days until the token expires (the registry's default 90, at most 365). */
  days?: string;
}


/**
 * `toolbox login --registry URL`: signs in with username and password (asked on the terminal), creates a bearer
 * token for the CLI (`POST /api/tokens`, which needs the password again) and stores `{registry, token}` in the
 * user's config dir with mode 600. The password is never stored.
 */
export async function login(io: CliIo, options: LoginOptions): Promise<number> {
  const registry = (options.registry ?? io.env.TOOLBOX_REGISTRY)?.replace(/\/+$/, '');
  if (!registry) throw new ToolboxSdkError('TOOLBOX_CLI_NO_REGISTRY');
  const username = options.username ?? (await io.prompt(say(io, 'loginUser'))).trim();
  const password = await io.prompt(say(io, 'loginPassword'), { hidden: true });

  const response = await registryClient(registry).raw(loginRoute, { body: { username, password } });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const session = registryClient(registry, { cookie });
  const host = io.env.HOSTNAME ?? 'cli';
  const apps = options.apps
    ?.split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  // The scope and days are the user's words: the registry checks them and names what is wrong.
  const body = {
    name: `toolbox CLI (${username}@${host})`,
    // The registry asks for the password again: a signed-in page has the cookie, never the password.
    password,
    scope: options.scope ?? 'publish',
    ...(apps && apps.length > 0 ? { apps } : {}),
    ...(options.days !== undefined ? { expiresInDays: Number(options.days) } : {}),
  } as RouteBody<typeof mintToken>;
  const data = await session.request(mintToken, { body });
  const file = await writeUserConfig({ registry, token: data.token }, io.env);
  io.out(say(io, 'loggedIn', { registry, file, scope: data.scope, expires: data.expiresAt.slice(0, 10) }));
  return 0;
}
