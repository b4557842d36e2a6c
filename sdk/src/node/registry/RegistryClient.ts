import { ToolboxSdkError } from '../../errors.ts';
import type { ErrorBody } from '../../shared/api/errorBody.ts';

/** What the CLI reads of the registry's error body (the contract's ErrorBody), or makes up when the answer is not one. */
export type RegistryErrorBody = Pick<ErrorBody, 'statusCode' | 'code' | 'message'> & Partial<Pick<ErrorBody, 'error'>>;

/** A failed registry call: the HTTP status and the server's own `code` and `message`. */
export class RegistryError extends ToolboxSdkError {
  readonly status: number;
  readonly serverCode: string;
  readonly serverMessage: string;

  constructor(status: number, body: RegistryErrorBody) {
    super('TOOLBOX_CLI_REGISTRY_ERROR', [status, body.code, body.message]);
    this.status = status;
    this.serverCode = body.code;
    this.serverMessage = body.message;
  }
}

/** A small fetch wrapper for the registry API: JSON in and out, bearer or cookie auth, errors as RegistryError. */
export class RegistryClient {
  readonly base: string;
  private readonly headers: Record<string, string>;

  constructor(registry: string, auth: { token?: string; cookie?: string } = {}) {
    this.base = registry.replace(/\/+$/, '');
    this.headers = {
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
    };
  }

  /** Sends a request; `body` is sent as JSON unless it is FormData. Returns the parsed JSON and the response. */
  async request<T>(method: string, path: string, body?: unknown): Promise<{ data: T; response: Response }> {
    const init: RequestInit = { method, headers: { ...this.headers } };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, init);
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new ToolboxSdkError('TOOLBOX_CLI_REGISTRY_UNREACHABLE', [this.base, cause?.code ?? cause?.message ?? (error as Error).message]);
    }
    const text = await response.text();
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = undefined;
    }
    if (!response.ok) {
      const errorBody = (data ?? {}) as Partial<RegistryErrorBody>;
      throw new RegistryError(response.status, {
        statusCode: response.status,
        code: typeof errorBody.code === 'string' ? errorBody.code : `HTTP_${response.status}`,
        message: typeof errorBody.message === 'string' ? errorBody.message : text.slice(0, 300) || response.statusText,
      });
    }
    return { data: data as T, response };
  }
}
