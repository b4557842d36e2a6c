/* Declaration merging for what buildApp decorates; imported once by app.ts so every route file sees the types. */
import type { FormDefinitions } from './forms/FormDefinitions.ts';
import type { RouteOptions, preHandlerAsyncHookHandler } from 'fastify';
import type { AuthUser } from './auth/AuthUser.ts';
import type { Db } from './db/createDatabase.ts';
import type { Engine } from './db/dialect.ts';
import type { RoleName } from './db/schema.ts';
import type { OrgTree } from './org/OrgTree.ts';
import type { CatalogStore } from './catalog/CatalogStore.ts';
import type { Limits } from './options.ts';
import type { BundleStore } from './publish/BundleStore.ts';
import type { SessionSettingsCache } from './sessions/sessionSettings.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller; null when the request has neither a live session cookie nor a valid bearer token. */
    user: AuthUser | null;
  }
  interface FastifyInstance {
    db: Db;
    engine: Engine;
    org: OrgTree;
    catalog: CatalogStore;
    limits: Limits;
    /** Idle and absolute session lifetimes (admin settings), cached for a minute. */
    sessionSettings: SessionSettingsCache;
    /** Staging of uploads; on SQLite also the file store of published bundles. */
    dataDir: string;
    /** Where published files are kept: the file store (SQLite) or the database (PostgreSQL). */
    bundles: BundleStore;
    /** Whether a publish of an app deployed elsewhere fetches and digests its entry (BuildAppOptions). */
    fetchExternalEntries: boolean;
    /** The id of the app that renders form apps (BuildAppOptions.formRuntime). */
    formRuntime: string;
    /** Published form definitions (form.json of each form version), parsed once. */
    formDefinitions: FormDefinitions;
    /** Every route as registered (method, url, schema…), in order: what the API contract test reads. */
    registeredRoutes: readonly RouteOptions[];
    /** The clock (faked in tests). */
    now: () => Date;
    /** preHandler: 401 unless signed in. */
    requireUser: preHandlerAsyncHookHandler;
    /** preHandler: 401 unless signed in, 403 unless the caller has one of these roles. */
    requireRole: (...roles: RoleName[]) => preHandlerAsyncHookHandler;
  }
}
