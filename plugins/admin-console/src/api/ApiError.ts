import { ApiError } from '@toolbox/sdk/api/client';

/**
 * Reads an error response of a route the contract does not declare yet as the contract's `ApiError`, so every failure
 * reaches the screens as one class; a body that is not the Toolbox error shape (a proxy page, say) still yields a message.
 */
export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { statusCode?: number; code?: string; error?: string; message?: unknown };
    if (typeof body.message === 'string') {
      return new ApiError({
        statusCode: body.statusCode ?? response.status,
        code: body.code ?? `HTTP_${response.status}`,
        error: body.error ?? response.statusText,
        message: body.message,
      });
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError({
    statusCode: response.status,
    code: `HTTP_${response.status}`,
    error: response.statusText,
    message: `${response.status} ${response.statusText}`.trim(),
  });
}
