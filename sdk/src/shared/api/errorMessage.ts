/*
 * What a person reads when a request to the registry fails, in the language of the screen they are on. Browser code
 * imports this (the desktop, the admin console, the form designer): it pulls only the Chinese texts, not CODES.
 */
import type { Locale } from '../types.ts';
import { CODE_TEXT_ZH } from './codeTextZh.ts';
import { unreachableMessage } from './unreachable.ts';

const UNEXPECTED_ANSWER_EN = 'The server gave an unexpected answer, perhaps a network or proxy problem. Try again later.';

function field(error: unknown, name: 'code' | 'messageZh'): string | undefined {
  const value = (error as Record<string, unknown> | null)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The registry's code behind `error`: its own code, or, for the SDK's `TOOLBOX_DATA_REQUEST_FAILED` (a data call the
 * registry refused with a code the SDK has none of, such as a step the flow does not allow), the registry's code it
 * carries as its second argument.
 */
function registryCode(error: unknown): string | undefined {
  const code = field(error, 'code');
  if (code !== 'TOOLBOX_DATA_REQUEST_FAILED') return code;
  const inner = (error as { args?: unknown[] }).args?.[1];
  return typeof inner === 'string' ? inner : undefined;
}

/**
 * The message for `error` on a screen in `locale`:
 * - a refusal of the registry (an `ApiError`, any error with a `TOOLBOX_*` `code` the server answers with, or a
 *   plugin's `ToolboxSdkError` from a data call, which has the registry's codes or carries the registry's code): in
 *   Chinese, the server's own Chinese wording where it gave one (`messageZh`: 你发布的版本须由另一位审核人审核…),
 *   else what the code means to a person (`CODE_TEXT_ZH`); in English, the server's own message, which names the
 *   field and the values;
 * - no answer at all (offline, server down): "could not reach the server", in either language (`unreachableMessage`);
 * - an answer that is not the registry's (a proxy's error page, `TOOLBOX_HTTP_ERROR`): "an unexpected answer", in
 *   either language, never the page's HTML;
 * - anything else: its message as it is.
 * ```ts
 * catch (e) { setError(errorMessageFor(e, locale)); } // 当前密码不正确。
 * ```
 */
export function errorMessageFor(error: unknown, locale: Locale): string {
  const unreachable = unreachableMessage(error, locale);
  if (unreachable !== undefined) return unreachable;
  const code = registryCode(error);
  if (locale === 'zh-CN' && code !== undefined && Object.hasOwn(CODE_TEXT_ZH, code)) {
    return field(error, 'messageZh') ?? CODE_TEXT_ZH[code as keyof typeof CODE_TEXT_ZH];
  }
  // A proxy's page instead of the registry's answer: its HTML is no message for a person in English either.
  if (code === 'TOOLBOX_HTTP_ERROR') return UNEXPECTED_ANSWER_EN;
  return error instanceof Error ? error.message : String(error);
}
