import type { CatalogItem } from '@toolbox/sdk';
import { SHOW_FRAME_MS } from './appRuntimeOptions.ts';
import type { AppState } from './appState.ts';
import type { RuntimeContext } from './runtimeContext.ts';
import type { Session } from './session.ts';
import { bootstrap } from './stages/bootstrap.ts';
import { check, load } from './stages/load.ts';
import { mount } from './stages/mount.ts';

/**
 * One open, stage by stage: check and load, bootstrap, mount. A stage throws an AppLoadError when the app fails, or
 * `Superseded` when a newer open replaced this one while it waited; the caller (createAppRuntime's `open`) turns the
 * first into the error frame and ignores the second.
 */
export async function openSession(ctx: RuntimeContext, item: CatalogItem, session: Session): Promise<void> {
  const id = item.id;
  const { version } = session;
  const trial = version.trial;
  const shown: Omit<AppState, 'status'> = { version: version.version, onFallback: !trial && version.version !== item.version, trial };
  // A first open shows its frame at once (loading). A re-open of a loaded app stays 'idle', which leaves the desktop
  // in view (Shell), until its data is back and it mounts: then the frame and the app show in one paint, instead of
  // the frame's header painted first while the data read is under way (the paint delayed that read's answer).
  // If that takes longer than SHOW_FRAME_MS, the frame shows meanwhile. A retry after an error always shows that
  // something is happening, and so does opening the current version after a withdrawn one.
  // (The table ignores both once the frame shows something: loading, mounted or failed.)
  const show = (event: 'show' | 'slow') => ctx.isCurrent(id, session) && ctx.states.send(id, event, shown);
  const status = ctx.states.get(id).status;
  if (!ctx.loader.loaded(ctx.loader.entryFor(id, version)) || status === 'error' || status === 'withdrawn') show('show');
  else setTimeout(() => show('slow'), SHOW_FRAME_MS);

  await check(ctx, id, session);
  const module = await load(ctx, id, session);
  const props = await bootstrap(ctx, item, session, module);
  await mount(ctx, id, session, module, props, shown);
}
