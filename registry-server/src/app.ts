import { FormDefinitions } from './forms/FormDefinitions.ts';
import './fastifyTypes.ts';
import { mkdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { installAuth } from './auth/installAuth.ts';
import { CatalogStore } from './catalog/CatalogStore.ts';
import { createDatabase } from './db/createDatabase.ts';
import { migrateToLatest } from './db/migrate.ts';
import { Errors } from './errors.ts';
import { toToolboxError } from './lib/toToolboxError.ts';
import { installCsp } from './lib/installCsp.ts';
import { clientErrorHandler, frameworkErrors } from './lib/clientErrors.ts';
import { installJsonBodyParser } from './lib/jsonBodyParser.ts';
import { installParamChecks } from './lib/installParamChecks.ts';
import { MULTIPART_LIMITS } from './lib/receiveFileInMemory.ts';
import { installDocs } from './lib/installDocs.ts';
import { installHost } from './lib/installHost.ts';
import { DEFAULT_LIMITS, StartupError, type BuildAppOptions } from './options.ts';
import type { BundleReconcileReport } from './publish/BundleStore.ts';
import { OrgTree } from './org/OrgTree.ts';
import { seedDatabase } from './seed/seedDatabase.ts';
import { installSso } from './sso/installSso.ts';
import { resolveSsoConfig } from './sso/SsoConfig.ts';
import { createBundleStore } from './publish/createBundleStore.ts';

export type { BuildAppOptions } from './options.ts';

const routesFolder = fileURLToPath(new URL('./routes/', import.meta.url));

/**
 * The registry server: migrates the database, seeds it when asked, and returns the Fastify instance with every
 * route of `src/routes/` registered (not listening yet). Closing the instance closes the database.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (!Number.isSafeInteger(limits.bundleCacheBytes) || limits.bundleCacheBytes < 0) {
    throw new StartupError(`TOOLBOX_BUNDLE_CACHE_MB must be a number of MiB, 0 or more (bundleCacheBytes is ${limits.bundleCacheBytes})`);
  }
  const dataDir = resolve(options.dataDir);
  // Before the database is opened: a bad setting stops the start with nothing to close.
  const sso = resolveSsoConfig(options.sso);
  mkdirSync(dataDir, { recursive: true });

  const { db, engine, destroy } = createDatabase(options.db);
  const bundles = createBundleStore(db, engine, dataDir);
  let reconciled: BundleReconcileReport;
  try {
    await migrateToLatest(db, engine);
    // Before anything is served or seeded: a crash mid-publish may have left a version folder without its row, and a
    // PostgreSQL deployment that kept bundles on disk has folders to import.
    reconciled = await bundles.reconcile(new Date());
    await seedDatabase(db, { demo: options.demo, adminPassword: options.adminPassword, now: now() });
  } catch (error) {
    await destroy();
    throw error;
  }
  const org = new OrgTree(db);
  await org.reload();

  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    // Bodies are checked with every error at once, so a client learns all it got wrong in one go.
    ajv: { customOptions: { allErrors: true } },
    bodyLimit: 1024 * 1024,
    // Ids are at most 64 characters: a longer path parameter is refused (414) before any route runs.
    routerOptions: { maxParamLength: 100 },
    // What Fastify and Node's HTTP parser refuse before a route runs still answers in the TOOLBOX_* shape.
    frameworkErrors,
    clientErrorHandler,
  });
  // Before any route: the contract test checks every route declares its response (test/apiContract.test.ts).
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => void routes.push(route));
  app.decorate('registeredRoutes', routes);
  installJsonBodyParser(app);
  // Before installAuth's hooks and every route's: nothing reads a parameter holding a NUL, or an infinite number.
  installParamChecks(app);
  app.decorate('db', db);
  app.decorate('engine', engine);
  app.decorate('org', org);
  app.decorate('now', now);
  app.decorate('limits', limits);
  app.decorate('dataDir', dataDir);
  app.decorate('bundles', bundles);
  app.decorate('fetchExternalEntries', options.fetchExternalEntries ?? true);
  app.decorate('formRuntime', options.formRuntime ?? 'form-runtime');
  app.decorate('formDefinitions', new FormDefinitions(bundles));
  app.decorate('catalog', new CatalogStore(db, org, now));
  app.addHook('onClose', async () => destroy());
  if (reconciled.imported.length > 0) app.log.info({ versions: reconciled.imported }, 'bundle folders imported into the database');
  for (const { version, reason } of reconciled.missing) app.log.warn(`bundle ${version} has no stored files and is not served: ${reason}`);

  app.setErrorHandler((error, request, reply) => {
    const body = toToolboxError(error as Parameters<typeof toToolboxError>[0]);
    if (body.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  });

  await app.register(cookie);
  await app.register(helmet, {
    // The policy names the origins of apps deployed elsewhere, read from the catalogue: installCsp sets it.
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    // Bundles are fetched cross-origin by hosts elsewhere.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  installCsp(app);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const error = new Errors.RATE_LIMITED(context.after);
      return { statusCode: 429, code: error.code, error: 'Too Many Requests', message: error.message };
    },
  });
  await app.register(multipart, {
    limits: { fileSize: limits.maxArchiveBytes, ...MULTIPART_LIMITS },
  });
  await installDocs(app);
  installAuth(app);
  installSso(app, sso);

  for (const file of (await readdir(routesFolder)).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort()) {
    const mod = (await import(pathToFileURL(join(routesFolder, file)).href)) as { default?: FastifyPluginAsync };
    if (typeof mod.default !== 'function') throw new Error(`routes/${file} must default-export a Fastify plugin`);
    await app.register(mod.default);
  }

  await installHost(app, options.hostDir);
  return app;
}
