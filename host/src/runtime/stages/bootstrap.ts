import type { CatalogItem, LightAppProps } from '@toolbox/sdk';
import { describeError } from '../errors.ts';
import { markOpen } from '../markOpen.ts';
import type { RuntimeContext } from '../runtimeContext.ts';
import { stageError, type Session } from '../session.ts';
import { TimeoutError, withTimeout } from '../withTimeout.ts';
import type { LoadedModule } from './load.ts';

/**
 * The bootstrap stage (single-spa's lifecycles/bootstrap.ts): once the frame is in the page, the app's props, then its
 * bootstrap, run once per loaded module within the timeout. A failed or slow bootstrap is tried afresh on retry.
 */
export async function bootstrap(ctx: RuntimeContext, item: CatalogItem, session: Session, module: LoadedModule): Promise<LightAppProps> {
  const id = item.id;
  const domElement = await ctx.frames.wait(id);
  // The previous open of this app may still be unmounting (past the host's grace, createAppRuntime's `close`): its
  // code is the same module, so this open's bootstrap and mount wait for it. Other apps never wait.
  await ctx.unmounted(id);
  ctx.ensureCurrent(id, session);
  markOpen(id, 'frame');
  const props: LightAppProps & { form?: unknown } = { name: id, domElement, toolbox: ctx.options.createContext(item, session.version) };
  // single-spa's customProps: the form runtime renders the definition it is given (docs/form-apps.md).
  if (session.form !== undefined) props.form = session.form;
  session.props = props;
  session.lifecycles = module.lifecycles;
  try {
    module.bootstrapped ??= module.lifecycles.bootstrap(props);
    await withTimeout(module.bootstrapped, ctx.timeoutMs, 'bootstrap');
  } catch (error) {
    module.bootstrapped = undefined;
    throw stageError(error instanceof TimeoutError ? 'TOOLBOX_HOST_TIMEOUT' : 'TOOLBOX_HOST_BOOTSTRAP_FAILED', id, session, describeError(error));
  }
  ctx.ensureCurrent(id, session);
  markOpen(id, 'bootstrapped');
  return props;
}
