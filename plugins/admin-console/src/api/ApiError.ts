import type { ApiErrorBody } from './types.ts';

/** A failed API call, carrying the server's stable code so the UI can show its message next to the right control. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: string;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.statusCode = body.statusCode;
    this.code = body.code;
  }
}

/** Reads an error response; a body that is not the Toolbox error shape (a proxy page, say) still yields a message. */
export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Partial<ApiErrorBody>;
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
