import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** What `toolbox login` stores: the registry it signed in to and a bearer token for it. */
export interface UserConfig {
  registry?: string;
  token?: string;
}

/** `$XDG_CONFIG_HOME/toolbox/config.json`, or `~/.config/toolbox/config.json`. */
export function userConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.length > 0 ? env.XDG_CONFIG_HOME : join(env.HOME ?? homedir(), '.config');
  return join(base, 'toolbox', 'config.json');
}

/** The stored login, or `{}` when there is none (or it cannot be read). */
export async function readUserConfig(env: NodeJS.ProcessEnv = process.env): Promise<UserConfig> {
  try {
    const parsed = JSON.parse(await readFile(userConfigPath(env), 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    const { registry, token } = parsed as Record<string, unknown>;
    return { ...(typeof registry === 'string' ? { registry } : {}), ...(typeof token === 'string' ? { token } : {}) };
  } catch {
    return {};
  }
}

/** Stores the login readable by the user only (mode 600): the token publishes apps in the user's name. */
export async function writeUserConfig(config: UserConfig, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const file = userConfigPath(env);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  // writeFile keeps the mode of a file that existed already; make sure an old, looser file is tightened too.
  await chmod(file, 0o600);
  return file;
}
