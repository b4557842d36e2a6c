// The real registry server in a child process, compiled as production runs it (`node dist/cli.js`, as
// host/e2e/support/startProduct.ts starts it), on a given database and data dir, so a test can crash it (TOOLBOX_TEST_CRASH_AT) and start it again on the same data.
import { compiledEntry, serverDir } from '../helpers/compiledEntry.ts';
import { freePort } from '../helpers/freePort.ts';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer.ts';

export interface ServerProcess extends SpawnedServer {
  origin: string;
}

export async function startServer(options: { db: string; dataDir: string; env?: Record<string, string> }): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await spawnServer({
    args: [compiledEntry()],
    cwd: serverDir,
    // A crash point is for the process a test starts with one, never inherited.
    withoutEnv: ['TOOLBOX_TEST_CRASH_AT'],
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      TOOLBOX_DB: options.db,
      TOOLBOX_DATA_DIR: options.dataDir,
      TOOLBOX_DEMO: '1',
      ...options.env,
    },
    readyUrl: `${origin}/api/docs/json`,
    name: 'the registry server',
  });
  return { origin, ...server };
}
