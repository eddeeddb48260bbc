// A small typed fetch wrapper: JSON in and out, problem+json errors as ApiError with the contract's
// typed code, the interface language sent as Accept-Language.
import { isErrorCode, type ErrorCode, type FieldError, type Locale } from '@portal/contract';

export class ApiError extends Error {
  constructor(
    /** The HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    /** The per-field errors of a VALIDATION_FAILED problem. */
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  baseUrl?: string;
  /** The current interface language, read on every request. */
  locale: () => Locale;
  fetch?: typeof fetch;
}

export type ApiClient = ReturnType<typeof createApiClient>;

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
      const problem = (data ?? {}) as {
        code?: unknown;
        title?: string;
        detail?: string;
        errors?: FieldError[];
      };
      throw new ApiError(
        response.status,
        isErrorCode(problem.code) ? problem.code : 'INTERNAL',
        problem.detail ?? problem.title ?? response.statusText,
        Array.isArray(problem.errors) ? problem.errors : [],
      );
    }
    return data as T;
  }

  return {
    request,
    health: () => request<{ status: string }>('GET', '/health'),
  };
}
