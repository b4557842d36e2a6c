// Runs the real registry server (buildApp) in its own Node process for the component tests: jsdom's URL and fetch
// globals, which the tests need, would otherwise stand in for Node's inside the server. Prints its URL when ready.
import { join } from 'node:path';
import { buildApp } from '../../../../registry-server/src/app.ts';

const dir = process.argv[2]!;
// The fixture apps are registered as deployed elsewhere at addresses that do not exist (they are never opened).
const app = await buildApp({ db: join(dir, 'toolbox.db'), dataDir: join(dir, 'bundles'), demo: true, fetchExternalEntries: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`LISTENING http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
