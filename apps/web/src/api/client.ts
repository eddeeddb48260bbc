// A small typed fetch wrapper: JSON in and out, problem+json errors as ApiError with the contract's
// typed code, the interface language sent as Accept-Language.
import { isErrorCode, type ErrorCode, type Locale } from '@portal/contract';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  baseUrl?: string;
  locale: () => Locale;
  fetch?: typeof fetch;
}

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl ?? ''}${path}`, {
        method,
        headers: {
          Accept: 'application/json, application/problem+json',
          'Accept-Language': options.locale(),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new ApiError(0, 'NETWORK', (error as Error).message);
    }
    const data = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    if (!response.ok) {
      const code = isErrorCode(data?.code) ? data.code : 'INTERNAL';
      throw new ApiError(
        response.status,
        code as ErrorCode,
        data?.detail ?? data?.title ?? response.statusText,
      );
    }
    return data as T;
  }
  return {
    health: () => request<{ status: 'ok' }>('GET', '/health'),
    request,
  };
}
