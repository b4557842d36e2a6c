import type { LightAppProps } from '@toolbox/sdk';
import type { AppState } from '../appState.ts';
import { awaitedCollections } from '../appVersion.ts';
import { describeError } from '../errors.ts';
import { rememberGoodVersion } from '../goodVersions.ts';
import { markOpen } from '../markOpen.ts';
import type { RuntimeContext } from '../runtimeContext.ts';
import { stageError, type Session } from '../session.ts';
import { TimeoutError, withTimeout } from '../withTimeout.ts';
import type { LoadedModule } from './load.ts';

/**
 * Waits, at most `dataWaitMs`, for the reads started at the press (the collections the version names in
 * `preloadData`, a form app's first list query), so its first render has them.
 */
async function waitForData(ctx: RuntimeContext, id: string, session: Session): Promise<void> {
  const { dataReady, dataWaitMs } = ctx.options;
  const collections = awaitedCollections(session.version);
  if (!dataReady || !collections.length) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    dataReady(id, collections).catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, dataWaitMs ?? 200))),
  ]);
  clearTimeout(timer);
  ctx.ensureCurrent(id, session);
  markOpen(id, 'data');
}

/**
 * The mount stage (single-spa's lifecycles/mount.ts): the app's data, then its mount within the timeout. The frame
 * shows in the same render as the app's first one (mountNow): one paint, with the app in it.
 */
export async function mount(ctx: RuntimeContext, id: string, session: Session, module: LoadedModule, props: LightAppProps, shown: Omit<AppState, 'status'>): Promise<void> {
  await waitForData(ctx, id, session);
  if (ctx.leftoverWatch) {
    const { watchLeftovers } = await ctx.leftoverWatch;
    ctx.ensureCurrent(id, session);
    session.stopWatch = watchLeftovers((n) => n instanceof HTMLElement && 'toolboxHost' in n.dataset);
  }
  ctx.options.beforeShow?.(id);
  try {
    // The state is not set again after the mount: a render error during it may have failed the app meanwhile.
    const showAndMount = () => {
      ctx.states.send(id, 'mount', shown);
      return module.lifecycles.mount(props);
    };
    const mounting = withTimeout(ctx.options.mountNow ? ctx.options.mountNow(showAndMount) : showAndMount(), ctx.timeoutMs, 'mount');
    // A close while the app mounts (its route was left) unmounts it once this is over (unmount.ts).
    session.mounting = mounting.catch(() => undefined);
    await mounting;
  } catch (error) {
    throw stageError(error instanceof TimeoutError ? 'TOOLBOX_HOST_TIMEOUT' : 'TOOLBOX_HOST_MOUNT_FAILED', id, session, describeError(error));
  }
  ctx.ensureCurrent(id, session);
  markOpen(id, 'mounted');
  if (!session.version.trial) rememberGoodVersion(id, session.version.version);
}
