import { preloadedCollections, type AppVersion } from '../appVersion.ts';
import type { AppRuntimeOptions } from '../appRuntimeOptions.ts';
import { describeError, type HostErrorCode } from '../errors.ts';
import { isSdkCompatible, loadSdkChecks } from '../isSdkCompatible.ts';
import { entryForAttempt, loadFederation, loadRemoteApp, loadSdkShare } from '../loadRemoteApp.ts';
import { markOpen } from '../markOpen.ts';
import { preloadApp } from '../preloadExposedChunks.ts';
import type { RuntimeContext } from '../runtimeContext.ts';
import { stageError, type Session } from '../session.ts';
import { toLifecycles, type Lifecycles } from '../toLifecycles.ts';
import { IntegrityError, verifyEntry } from '../verifyIntegrity.ts';
import { FormDefinitionError, fetchFormDefinition } from '../loadFormDefinition.ts';
import { TimeoutError, withTimeout } from '../withTimeout.ts';

// The load stage (single-spa's lifecycles/load.ts): check the version against the host, fetch its code through Module
// Federation and read its lifecycles. Everything here is kept per entry URL, so a preload at the press and the open
// share one load.

/** An app's module once loaded: its lifecycles, and its bootstrap (run once per module, bootstrap.ts). */
export interface LoadedModule {
  lifecycles: Lifecycles;
  bootstrapped?: Promise<unknown>;
}

export interface ModuleLoader {
  /** The entry URL the next attempt of `id` loads (a distinct URL after failures, loadRemoteApp.ts). */
  entryFor(id: string, version: AppVersion): string;
  loaded(entry: string): LoadedModule | undefined;
  /**
   * Starts downloading the federation runtime's chunk (once) unless the runtime was given its own `loadModule`: when
   * the desktop is idle, so that the app's entry finds it there.
   */
  prepare(): void;
  /**
   * At the first sign of an open: the runtime (if `prepare` has not loaded it yet) and the SDK's namespace that apps
   * receive from the share scope (sdkShare.ts), which an idle desktop does without.
   */
  warm(): void;
  /** Starts (or joins) the load of `entry`: one per URL, shared by a preload and the open. */
  fetch(id: string, entry: string, version: AppVersion): Promise<unknown>;
  keep(entry: string, module: LoadedModule): void;
  failed(id: string): void;
  /** A form app's definition (version.form), one read per URL: shared by a preload and the open, forgotten on failure. */
  definition(version: AppVersion): Promise<unknown> | undefined;
}

export function createModuleLoader(options: AppRuntimeOptions): ModuleLoader {
  const loadModule = options.loadModule ?? loadRemoteApp;
  const modules = new Map<string, LoadedModule>();
  const loading = new Map<string, Promise<unknown>>();
  const failures = new Map<string, number>();
  const definitions = new Map<string, Promise<unknown>>();
  // A failed download is reported by the open that awaits it (fetch below, or the share scope's get for the SDK);
  // each loader tries again then.
  const ignore = () => undefined;
  const prepare = () => void (options.loadModule ? undefined : loadFederation().catch(ignore));
  const warm = () => {
    if (options.loadModule) return;
    prepare();
    loadSdkShare().catch(ignore);
  };
  return {
    prepare,
    warm,
    entryFor: (id, version) => entryForAttempt(version, failures.get(id) ?? 0),
    loaded: (entry) => modules.get(entry),
    keep: (entry, module) => void modules.set(entry, module),
    failed: (id) => void failures.set(id, (failures.get(id) ?? 0) + 1),
    definition(version) {
      const { form } = version;
      if (!form) return undefined;
      let promise = definitions.get(form.definition);
      if (!promise) {
        promise = fetchFormDefinition(form.definition, form.integrity);
        definitions.set(form.definition, promise);
        promise.catch(() => definitions.delete(form.definition));
      }
      return promise;
    },
    fetch(id, entry, version) {
      let promise = loading.get(entry);
      if (!promise) {
        const { integrity } = version;
        promise = (async () => {
          // One wave: (on the first open) the federation runtime, then the entry and the chunks of `./app`, all at
          // once. The runtime goes first: the entry cannot run before it, and over HTTP/1.1 a browser sends one server
          // six requests at a time.
          // Only the first attempt uses the list: a retry's entry URL differs from the one the chunks were built for.
          markOpen(id, 'preload');
          warm();
          preloadApp(entry, integrity, entry === version.entry ? version.preload : undefined);
          markOpen(id, 'requested');
          // The runtime must be on globalThis before the entry evaluates: a remote built with externalRuntime reads
          // it when its runtime chunk loads. The entry and its chunks are already on their way meanwhile.
          if (!options.loadModule) await loadFederation();
          markOpen(id, 'runtime');
          if (integrity) await verifyEntry(entry, integrity, options.integrityMode);
          markOpen(id, 'verified');
          return loadModule(id, entry);
        })();
        loading.set(entry, promise);
        promise.catch(() => loading.delete(entry));
      }
      return promise;
    },
  };
}

/**
 * Starts reading the collections the version names in `preloadData`; for a form app instead its list's first query,
 * as soon as its definition is read (at once when it already is). The readers drop repeats.
 */
export function startDataRead(ctx: Pick<RuntimeContext, 'options' | 'loader'>, id: string, version: AppVersion): void {
  const { options } = ctx;
  const collections = preloadedCollections(version);
  if (collections.length) options.preloadData?.(id, collections);
  if (options.preloadForm) {
    // A definition that failed to load fails the open itself (load below), not this read.
    ctx.loader.definition(version)?.then((form) => options.preloadForm?.(id, form), () => undefined);
  }
}

const classifyLoadError = (error: unknown): HostErrorCode => {
  if (error instanceof IntegrityError) return 'TOOLBOX_HOST_INTEGRITY_MISMATCH';
  if (error instanceof FormDefinitionError) return 'TOOLBOX_HOST_FORM_DEFINITION_FAILED';
  if (error instanceof TimeoutError) return 'TOOLBOX_HOST_TIMEOUT';
  return 'TOOLBOX_HOST_REMOTE_UNREACHABLE';
};

/** Refuses a version whose `sdk` range this host does not provide, before any of its code loads; then reads its data. */
export async function check(ctx: RuntimeContext, id: string, session: Session): Promise<void> {
  // An open that no press announced (a link, a reload on the app's URL) starts the runtime here, beside the check.
  ctx.loader.warm();
  try {
    await loadSdkChecks();
  } catch (error) {
    throw stageError('TOOLBOX_HOST_REMOTE_UNREACHABLE', id, session, `the host's SDK check (its semver chunk) did not load: ${describeError(error)}`);
  }
  ctx.ensureCurrent(id, session);
  const { version } = session;
  if (!isSdkCompatible(version.sdk, ctx.options.apiVersion)) {
    throw stageError('TOOLBOX_HOST_SDK_INCOMPATIBLE', id, session, `needs host API ${version.sdk}, this host provides ${ctx.options.apiVersion}`);
  }
  startDataRead(ctx, id, version);
}

/**
 * The app's lifecycles: loaded once per entry URL, within the timeout. A form app's definition is read at the same
 * time (the one request it adds to the runtime's files) and kept on the session for its mount props.
 */
export async function load(ctx: RuntimeContext, id: string, session: Session): Promise<LoadedModule> {
  const entry = ctx.loader.entryFor(id, session.version);
  markOpen(id, 'checked');
  const definition = ctx.loader.definition(session.version);
  // Read even when the runtime is already loaded (another form app opened it): the failure is reported below.
  definition?.catch(() => undefined);
  let module = ctx.loader.loaded(entry);
  if (!module) {
    let loaded: unknown;
    try {
      [loaded] = await withTimeout(Promise.all([ctx.loader.fetch(id, entry, session.version), definition]), ctx.timeoutMs, 'loading the app');
    } catch (error) {
      ctx.loader.failed(id);
      throw stageError(classifyLoadError(error), id, session, describeError(error));
    }
    markOpen(id, 'loaded');
    const lifecycles = toLifecycles(loaded);
    if (!lifecycles) throw stageError('TOOLBOX_HOST_BAD_EXPORTS', id, session, './app exports no mount and unmount');
    module = { lifecycles };
    ctx.loader.keep(entry, module);
  }
  if (definition) {
    try {
      session.form = await withTimeout(definition, ctx.timeoutMs, 'loading the form definition');
    } catch (error) {
      throw stageError(classifyLoadError(error), id, session, describeError(error));
    }
  }
  ctx.ensureCurrent(id, session);
  return module;
}
