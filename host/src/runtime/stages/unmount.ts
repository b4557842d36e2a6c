import { describeError } from '../errors.ts';
import type { RuntimeContext } from '../runtimeContext.ts';
import type { Session } from '../session.ts';
import { withTimeout } from '../withTimeout.ts';

/**
 * The unmount stage (single-spa's lifecycles/unmount.ts): the app's unmount within the timeout, an empty frame, and,
 * in development, what the app left behind. Never throws: closing must always leave the desktop usable. An app closed
 * while it mounts (its route was left before its mount settled) is unmounted once that mount is over, or its timeout:
 * an app's unmount never overtakes its own mount. The host does not wait for all this (createAppRuntime's `close`).
 */
export async function unmount(ctx: RuntimeContext, id: string, session: Session): Promise<void> {
  const { lifecycles, props } = session;
  session.lifecycles = undefined;
  if (lifecycles && props) {
    await session.mounting;
    try {
      await withTimeout(lifecycles.unmount(props), ctx.timeoutMs, 'unmount');
    } catch (error) {
      console.error(`[toolbox] ${id} failed to unmount: ${describeError(error)}`);
    }
    props.domElement.replaceChildren();
  }
  const leftovers = session.stopWatch?.();
  session.stopWatch = undefined;
  if (leftovers && ctx.leftoverWatch && (await ctx.leftoverWatch).hasLeftovers(leftovers)) {
    console.warn(`[toolbox] ${id} left behind after unmount:`, leftovers);
    ctx.options.onLeftovers?.(id, leftovers);
  }
}
