import {
  fieldErrorMessage,
  isFieldErrorCode,
  type FieldError,
  type FieldErrorCode,
  type Locale,
} from '@portal/contract';
import type { FastifySchemaValidationError } from 'fastify';

/** What was validated, by Fastify's validation context name. */
export type RequestParts = Partial<Record<string, unknown>>;

type Params = Record<string, unknown>;

function valueAt(root: unknown, path: string[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const lengthOrigins = new Set(['string']);
const countOrigins = new Set(['array', 'set', 'map', 'file']);

/** Our field code for one zod issue (zod's code as Fastify's `keyword`) and the value that failed. */
function fieldCode(issue: FastifySchemaValidationError, value: unknown): FieldErrorCode {
  const params = issue.params as Params;
  const origin = String(params.origin ?? '');
  switch (issue.keyword) {
    case 'invalid_type':
    case 'invalid_union':
      return value === undefined || value === null ? 'required' : 'invalid_type';
    case 'too_small':
      if (value === '' || (Array.isArray(value) && value.length === 0)) return 'required';
      return lengthOrigins.has(origin) ? 'too_short' : countOrigins.has(origin) ? 'too_few' : 'too_small';
    case 'too_big':
      return lengthOrigins.has(origin) ? 'too_long' : countOrigins.has(origin) ? 'too_many' : 'too_big';
    case 'invalid_format':
    case 'invalid_value':
    case 'unrecognized_keys':
      return issue.keyword;
    case 'custom':
      return isFieldErrorCode(issue.message) ? issue.message : 'invalid';
    case 'required': // JSON schema (ajv) validation of routes without zod schemas
      return 'required';
    default:
      return 'invalid';
  }
}

function messageParams(issueParams: Params): Record<string, string | number> {
  // a refinement's own params (`.refine(check, { message: 'too_small', params: { minimum } })`) come nested
  const nested = issueParams.params;
  const params: Params =
    typeof nested === 'object' && nested !== null ? { ...issueParams, ...nested } : issueParams;
  const out: Record<string, string | number> = {};
  for (const key of ['minimum', 'maximum'] as const) {
    const value = params[key];
    if (typeof value === 'number' || typeof value === 'bigint') out[key] = Number(value);
    if (typeof value === 'string') out[key] = value;
    if (value instanceof Date) out[key] = value.toISOString().slice(0, 10);
  }
  if (Array.isArray(params.keys)) out.keys = params.keys.join(', ');
  return out;
}

/**
 * Fastify validation errors (from zod via fastify-type-provider-zod, or from JSON schema) as translated
 * per-field errors. `path` is the dotted path inside the validated part (`address.city`), or the part's
 * name (`body`) when the part as a whole is wrong.
 */
export function toFieldErrors(
  issues: FastifySchemaValidationError[],
  context: string | undefined,
  parts: RequestParts,
  locale: Locale,
): FieldError[] {
  const part = context ?? 'body';
  return issues.map((issue) => {
    const segments = issue.instancePath.split('/').filter((s) => s !== '');
    const params = (issue.params ?? {}) as Params;
    if (issue.keyword === 'required' && typeof params.missingProperty === 'string') {
      segments.push(params.missingProperty);
    }
    const value = valueAt(parts[part], segments);
    const code = fieldCode(issue, value);
    return {
      path: segments.length > 0 ? segments.join('.') : part,
      code,
      message: fieldErrorMessage(code, locale, messageParams(params)),
    };
  });
}
