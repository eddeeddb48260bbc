// A small typed fetch wrapper: `call` takes a route declared in the contract (@portal/contract) and
// its inputs, and answers what the declaration says; JSON in and out, problem+json errors as ApiError
// with the contract's typed code, the interface language sent as Accept-Language. With auth hooks set (the auth store
// does that) requests carry the access token, and one 401 is answered by renewing it and trying again.
import {
  csrfHeader,
  isErrorCode,
  isCustomerDataPath,
  routeUrl,
  supportAccessHeader,
  type ErrorCode,
  type FieldError,
  type Locale,
  type ProblemExtensions,
  type Route,
  type RouteInput,
  type RouteInputArgs,
  type RouteOutput,
} from '@portal/contract';
import { filenameFromDisposition, type DownloadedFile } from './files.js';
import { firstPageRoutes, type RouteRef } from './route-refs.js';

export { filenameFromDisposition, saveFile, type DownloadedFile } from './files.js';

export class ApiError extends Error {
  constructor(
    /** The HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    /** The per-field errors of a VALIDATION_FAILED problem. */
    readonly fieldErrors: readonly FieldError[] = [],
    /** Seconds to wait before trying again (the Retry-After header of a 429 or 503). */
    readonly retryAfter?: number,
    /** What the problem carries beyond the standard members, e.g. the open orders of PAYMENT_ORDER_OPEN. */
    readonly extensions: ProblemExtensions = {},
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
  /** waits between tries of a GET answered 503 (tests pass one that does not wait) */
  sleep?: (milliseconds: number) => Promise<void>;
  /**
   * Check every answer of `call` against its route's declared schema, throwing ResponseContractError
   * on a mismatch: on in development and tests (plugins/api.ts), off in production, where a check
   * would only cost time.
   */
  checkResponses?: boolean;
}

/** How often a GET answered 503 (the service briefly unavailable) is tried again before it fails. */
export const unavailableRetries = 3;

/**
 * The wait before try `attempt` (0-based) again: what the server's Retry-After asks for, or 1 s, doubled
 * each time, never more than 8 s: an outage of a few seconds is ridden out within about 20 s.
 */
export function unavailableRetryDelayMs(attempt: number, retryAfter: number | undefined): number {
  return Math.min(8_000, Math.max((retryAfter ?? 1) * 1000, 1000 * 2 ** attempt));
}

/** How the client authenticates requests; set once by the auth store. */
export interface AuthHooks {
  /** the access token, or null when logged out */
  token(): string | null;
  /** gets a new access token after a 401; true when the request may be tried again */
  renew(): Promise<boolean>;
}

/**
 * Staff reading a customer's account through an access they opened: its id goes as the
 * X-Support-Access header on every call of a customer-data route (the server reads that account for
 * reads, and refuses writes with a clear SUPPORT_ACCESS_READ_ONLY), and on other reads by path, where
 * the server ignores it. Staff's own writes never carry it.
 */
export interface ViewHooks {
  /** the open access, or null outside a view */
  accessId(): string | null;
  /** the server answered that the access has ended or is not this staff member's */
  ended(): void;
}

export interface RequestOptions {
  /** send the CSRF header that the cookie-authenticated endpoints (refresh, logout) demand */
  csrf?: boolean;
  /** false: no access token and no renewal (login, refresh and the other public endpoints) */
  auth?: boolean;
  /** false: a 401 is not answered by renewing the token (used while renewing it) */
  renew?: boolean;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** What `call` passes of a route: its inputs when it has any, then request options. */
export type CallArgs<R> =
  object extends RouteInput<R>
    ? [input?: RouteInput<R>, options?: RequestOptions]
    : [input: RouteInput<R>, options?: RequestOptions];

/** The request options a route's declared audience implies: no token for public and cookie routes. */
function authOptions(route: Pick<Route, 'auth'>): RequestOptions {
  if (route.auth === 'public') return { auth: false };
  if (route.auth === 'refreshCookie') return { auth: false, csrf: true };
  return {};
}

/** The check of `checkResponses`, loaded only where it runs: it comes with zod (check-answer.ts). */
async function checkAnswer(route: Route | RouteRef, status: number, body: unknown): Promise<void> {
  (await import('./check-answer.js')).checkAnswer(route, status, body);
}

function retryAfterSeconds(response: Response): number | undefined {
  const value = Number(response.headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let auth: AuthHooks | undefined;
  let view: ViewHooks | undefined;

  /** The header of an open view of a customer's account: see ViewHooks. */
  function viewHeader(method: string, route: Pick<Route, 'path'> | undefined): Record<string, string> {
    const carries = route ? isCustomerDataPath(route.path) : method === 'GET';
    const accessId = carries ? view?.accessId() : null;
    return accessId ? { [supportAccessHeader]: accessId } : {};
  }

  /**
   * A GET answered 503 is fetched again after a wait, a few times: reading twice changes nothing. Other
   * methods are not: a POST that the server may have half done is the user's to repeat.
   */
  async function fetchRiding503(method: string, url: string, init: () => RequestInit): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(url, init());
      } catch (error) {
        throw new ApiError(0, 'NETWORK', (error as Error).message);
      }
      if (response.status !== 503 || method !== 'GET' || attempt >= unavailableRetries) return response;
      await sleep(unavailableRetryDelayMs(attempt, retryAfterSeconds(response)));
    }
  }

  async function send(
    method: string,
    path: string,
    body: unknown,
    requestOptions: RequestOptions,
    retried: boolean,
    route?: Pick<Route, 'path'>,
  ): Promise<{ status: number; data: unknown }> {
    const { csrf = false, auth: useAuth = true, renew = true } = requestOptions;
    const token = useAuth ? (auth?.token() ?? null) : null;
    // a form (files) goes as multipart/form-data: fetch writes that Content-Type with its boundary
    const isForm = body instanceof FormData;
    const response = await fetchRiding503(method, `${options.baseUrl ?? ''}${path}`, () => ({
      method,
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': options.locale(),
        ...(body === undefined || isForm ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(csrf ? { [csrfHeader]: '1' } : {}),
        ...(token ? viewHeader(method, route) : {}),
      },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      credentials: 'same-origin',
    }));
    const data = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    if (!response.ok) {
      const problem = (data ?? {}) as {
        code?: unknown;
        title?: string;
        detail?: string;
        errors?: FieldError[];
        openOrders?: ProblemExtensions['openOrders'];
        plausibility?: ProblemExtensions['plausibility'];
      };
      const code = isErrorCode(problem.code) ? problem.code : 'INTERNAL';
      if (code === 'SUPPORT_ACCESS_INVALID') view?.ended();
      // An expired access token: renew it once and try again.
      if (
        response.status === 401 &&
        token &&
        !retried &&
        renew &&
        auth &&
        (code === 'UNAUTHORIZED' || code === 'SESSION_EXPIRED') &&
        (await auth.renew())
      ) {
        return send(method, path, body, requestOptions, true, route);
      }
      throw new ApiError(
        response.status,
        code,
        problem.detail ?? problem.title ?? response.statusText,
        Array.isArray(problem.errors) ? problem.errors : [],
        retryAfterSeconds(response),
        {
          ...(Array.isArray(problem.openOrders) ? { openOrders: problem.openOrders } : {}),
          ...(problem.plausibility ? { plausibility: problem.plausibility } : {}),
        },
      );
    }
    return { status: response.status, data };
  }

  /** An untyped request by path; the SPA calls its routes with `call`, tests may use this. */
  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    requestOptions: RequestOptions = {},
  ) {
    return (await send(method, path, body, requestOptions, false)).data as T;
  }

  /**
   * Calls a route declared in the contract: the URL from its path, parameters and query, the body as
   * JSON, the answer typed (and checked, with `checkResponses`) by its declaration.
   */
  async function call<R extends Route & { readonly binary: false }>(
    route: R | RouteRef<R>,
    ...[input, requestOptions]: CallArgs<R>
  ): Promise<RouteOutput<R>> {
    if (route.binary) throw new Error(`${route.method} ${route.path} answers a file: use download`);
    const { body, ...url } = (input ?? {}) as { body?: unknown; params?: object; query?: object };
    const answer = await send(
      route.method,
      routeUrl(route, url as Parameters<typeof routeUrl>[1]),
      body,
      { ...authOptions(route), ...requestOptions },
      false,
      route,
    );
    if (options.checkResponses) await checkAnswer(route, answer.status, answer.data);
    return answer.data as RouteOutput<R>;
  }

  /**
   * Posts a form with files (multipart/form-data) to a route that takes one and declares no JSON body
   * (`POST /api/complaints`); the answer is typed and checked like `call`'s.
   */
  async function upload<R extends Route & { readonly binary: false; readonly body?: undefined }>(
    route: R,
    form: FormData,
    input: { params?: object } = {},
  ): Promise<RouteOutput<R>> {
    const answer = await send(
      route.method,
      routeUrl(route, input as Parameters<typeof routeUrl>[1]),
      form,
      authOptions(route),
      false,
      route,
    );
    if (options.checkResponses) await checkAnswer(route, answer.status, answer.data);
    return answer.data as RouteOutput<R>;
  }

  /**
   * GETs a file (a PDF, a zip) with the access token, which a plain link cannot send: the body as a
   * blob and the file name from Content-Disposition. Errors and token renewal as for `request`.
   */
  function download<R extends Route & { readonly binary: true }>(
    route: R,
    ...[input]: RouteInputArgs<R>
  ): Promise<DownloadedFile>;
  function download(path: string): Promise<DownloadedFile>;
  function download(target: Route | string, input?: object): Promise<DownloadedFile> {
    if (typeof target === 'string') return fetchFile(target, false);
    return fetchFile(routeUrl(target, input), false, target);
  }

  async function fetchFile(path: string, retried: boolean, route?: Route): Promise<DownloadedFile> {
    const token = auth?.token() ?? null;
    const response = await fetchRiding503('GET', `${options.baseUrl ?? ''}${path}`, () => ({
      headers: {
        Accept: '*/*',
        'Accept-Language': options.locale(),
        ...(token ? { Authorization: `Bearer ${token}`, ...viewHeader('GET', route) } : {}),
      },
      credentials: 'same-origin',
    }));
    if (!response.ok) {
      const problem = ((await response.json().catch(() => undefined)) ?? {}) as {
        code?: unknown;
        detail?: string;
        title?: string;
      };
      const code = isErrorCode(problem.code) ? problem.code : 'INTERNAL';
      if (code === 'SUPPORT_ACCESS_INVALID') view?.ended();
      if (response.status === 401 && token && !retried && auth && (await auth.renew()))
        return fetchFile(path, true, route);
      throw new ApiError(response.status, code, problem.detail ?? problem.title ?? response.statusText);
    }
    const fallback = path.split('?')[0]!.split('/').filter(Boolean).pop() ?? 'download';
    return {
      blob: await response.blob(),
      filename: filenameFromDisposition(response.headers.get('content-disposition')) ?? fallback,
    };
  }

  return {
    call,
    request,
    upload,
    download,
    health: () => call(firstPageRoutes.health),
    /** Lets the auth store supply the access token and renew it. */
    setAuth(hooks: AuthHooks | undefined) {
      auth = hooks;
    },
    /** Lets the support view store send its access with reads (staff viewing a customer's account). */
    setView(hooks: ViewHooks | undefined) {
      view = hooks;
    },
  };
}
