import type { Locale } from '@toolbox/sdk';
import { unreachableMessage } from '@toolbox/sdk/api/client';

/**
 * What the desktop's own screens say when something failed, in `locale`: "could not reach the server" at once (also
 * when a chunk of the desktop could not be fetched); any other failure by `errorMessageFor`, whose Chinese texts of
 * every registry code are a chunk of their own, asked for only now (if that fails too, the error's own message).
 */
export async function wordError(error: unknown, locale: Locale): Promise<string> {
  const unreachable = unreachableMessage(error, locale);
  if (unreachable !== undefined) return unreachable;
  try {
    return (await import('./errorText.ts')).errorMessageFor(error, locale);
  } catch {
    return error instanceof Error ? error.message : String(error);
  }
}
