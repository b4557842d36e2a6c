import { ToolboxSdkError } from '../../errors.ts';
import { type ApiClient, createApiClient } from '../../shared/api/client.ts';

/**
 * The contract's typed client for the CLI: bearer token or session cookie on every request. A registry that answers
 * with an error rejects with the contract's `ApiError` (its `statusCode`, `code` and `message`), as in the host and
 * the admin console; one that cannot be reached at all is `TOOLBOX_CLI_REGISTRY_UNREACHABLE`.
 */
export function registryClient(registry: string, auth: { token?: string; cookie?: string } = {}): ApiClient {
  const baseUrl = registry.replace(/\/+$/, '');
  return createApiClient({
    baseUrl,
    headers: {
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
    },
    fetch: async (input, init) => {
      try {
        return await fetch(input, init);
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new ToolboxSdkError('TOOLBOX_CLI_REGISTRY_UNREACHABLE', [baseUrl, cause?.code ?? cause?.message ?? (error as Error).message]);
      }
    },
  });
}
