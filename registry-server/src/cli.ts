// Reads the environment (docs/registry-server.md) and starts the server. Everything else is in buildApp.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.ts';
import { StartupError } from './options.ts';
import { trustedProxies } from './auth/trustedProxies.ts';
import { ssoOptionsFromEnv } from './sso/SsoOptions.ts';

const env = process.env;
const defaultHost = fileURLToPath(new URL('../../host/dist', import.meta.url));
const hostDir = env.TOOLBOX_HOST_DIR ?? (existsSync(defaultHost) ? defaultHost : undefined);

const app = await buildApp({
  db: env.TOOLBOX_DB ?? 'data/toolbox.db',
  dataDir: env.TOOLBOX_DATA_DIR ?? 'data/bundles',
  demo: env.TOOLBOX_DEMO === '1',
  adminPassword: env.TOOLBOX_ADMIN_PASSWORD || undefined,
  hostDir,
  trustProxy: trustedProxies(env.TOOLBOX_TRUST_PROXY),
  // Checked by buildApp: a value that is not a number stops the start with a message.
  ...(env.TOOLBOX_BUNDLE_CACHE_MB ? { limits: { bundleCacheBytes: Math.floor(Number(env.TOOLBOX_BUNDLE_CACHE_MB) * 1024 * 1024) } } : {}),
  sso: ssoOptionsFromEnv(env),
  logger: true,
}).catch((error: unknown) => {
  if (!(error instanceof StartupError)) throw error;
  console.error(`The registry server did not start: ${error.message}`);
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}

await app.listen({ port: Number(env.PORT ?? 4173), host: env.HOST ?? '127.0.0.1' });
