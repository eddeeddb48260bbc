import {
  errorStatus,
  type ErrorCode,
  type FieldErrorCode,
  type Locale,
  type MessageParams,
  type ProblemExtensions,
} from '@portal/contract';

/** A field error raised by our own code; its message is translated when the response is written. */
export interface AppFieldError {
  path: string;
  code: FieldErrorCode;
  params?: MessageParams;
}

export interface AppErrorOptions {
  /** shown to the caller: a fixed text or, better, words per locale */
  detail?: string | ((locale: Locale) => string);
  errors?: AppFieldError[];
  headers?: Record<string, string>;
  /** members of the problem beyond the standard ones, e.g. the open orders of PAYMENT_ORDER_OPEN */
  extensions?: ProblemExtensions;
  /** logged, never sent */
  cause?: unknown;
}

/**
 * An error the API answers with on purpose: `throw new AppError('NOT_FOUND')`. The error handler turns
 * it into a problem+json response with the code's status and translated title.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly detail: AppErrorOptions['detail'];
  readonly errors: AppFieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;
  readonly extensions: ProblemExtensions | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(typeof options.detail === 'string' ? `${code}: ${options.detail}` : code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.statusCode = errorStatus(code);
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers;
    this.extensions = options.extensions;
  }
}
