import {
  errorMessage,
  errorStatus,
  fieldErrorMessage,
  problemType,
  type ErrorCode,
  type FieldError,
  type Locale,
  type Problem,
} from '@portal/contract';
import type { FastifySchemaValidationError } from 'fastify';
import { AppError } from './app-error.js';
import { toFieldErrors, type RequestParts } from './validation.js';

export interface ProblemExtras {
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** A problem+json body for `code`, titled in `locale`. */
export function makeProblem(code: ErrorCode, locale: Locale, extras: ProblemExtras = {}): Problem {
  const problem: Problem = {
    type: problemType(code),
    title: errorMessage(code, locale),
    status: extras.status ?? errorStatus(code),
    code,
  };
  if (extras.detail !== undefined) problem.detail = extras.detail;
  if (extras.instance !== undefined) problem.instance = extras.instance;
  if (extras.errors !== undefined) problem.errors = extras.errors;
  return problem;
}

const codeByStatus: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

interface ErrorLike {
  statusCode?: unknown;
  validation?: FastifySchemaValidationError[];
  validationContext?: string;
}

export interface ProblemContext {
  locale: Locale;
  instance?: string;
  /** the validated request parts, to tell a missing field from a wrong one */
  parts?: RequestParts;
}

/**
 * The response for any thrown value. AppErrors keep their code; validation errors become
 * VALIDATION_FAILED with per-field errors; other 4xx errors (Fastify's, plugins') get the code of
 * their status; everything else is INTERNAL, with nothing of the error itself in the body.
 */
export function problemFromError(error: unknown, context: ProblemContext): Problem {
  const { locale, instance } = context;
  if (error instanceof AppError) {
    const detail = typeof error.detail === 'function' ? error.detail(locale) : error.detail;
    const errors = error.errors?.map(({ path, code, params }) => ({
      path,
      code,
      message: fieldErrorMessage(code, locale, params),
    }));
    return { ...makeProblem(error.code, locale, { detail, instance, errors }), ...error.extensions };
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  if (Array.isArray(e.validation) && e.validation.length > 0) {
    const errors = toFieldErrors(e.validation, e.validationContext, context.parts ?? {}, locale);
    return makeProblem('VALIDATION_FAILED', locale, { instance, errors });
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    return makeProblem(codeByStatus[status] ?? 'BAD_REQUEST', locale, { status, instance });
  }
  return makeProblem(status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL', locale, { instance });
}
