import type { CatalogItem, ToolboxContext } from '@toolbox/sdk';
import type { AppRuntimeOptions } from '../../src/runtime/appRuntimeOptions.ts';
import { type AppRuntime, createAppRuntime } from '../../src/runtime/createAppRuntime.ts';

/** The context an app gets in these tests when staff 王芳 opens it (only what the fixtures read). */
export const staffContext = (item: CatalogItem) => ({ user: { id: 'u', name: '王芳', role: 'staff' }, app: { id: item.id } }) as unknown as ToolboxContext;

/**
 * A runtime with `items` as its catalogue, for a test: API 1.0.0, an empty context and no usage reports, unless the
 * test's `options` say otherwise.
 */
export function testRuntime(items: CatalogItem[], options: Partial<AppRuntimeOptions> = {}): AppRuntime {
  const runtime = createAppRuntime({ apiVersion: '1.0.0', createContext: () => ({}) as ToolboxContext, report: () => undefined, ...options });
  runtime.setCatalog(items);
  return runtime;
}
