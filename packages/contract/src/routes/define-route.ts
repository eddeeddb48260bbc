// A route of the API declared once: method, path, inputs and answers. The API registers and validates
// it from this declaration and the SPA calls it from the same one, so a URL or a schema is never
// written twice.
import { z } from 'zod';
import { problemSchema } from '../errors/problem.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Who may call the route: `session` needs the access token; `refreshCookie` is public to the access
 * token but carries the refresh cookie and the CSRF header instead; `public` needs nothing.
 */
export type RouteAuth = 'session' | 'refreshCookie' | 'public';

/** The answers of a route by HTTP status. */
export type RouteResponses = { readonly [status: number]: z.ZodType };

export interface RouteSpec {
  method: HttpMethod;
  /** Fastify syntax, the whole path: `/api/bills/:id` */
  path: `/${string}`;
  /** one key per `:name` of the path */
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: RouteResponses;
  /** OpenAPI: one line on what the route does */
  summary: string;
  tags: readonly string[];
  /** default `session` */
  auth?: RouteAuth;
  /** left out of the OpenAPI document (the payment gateway's call-back) */
  hide?: boolean;
}

/** The schema of a route's success answer (200, else 201, else 202); never for a bare 204. */
export type SuccessSchema<Rs> = Rs extends { 200: infer S }
  ? S
  : Rs extends { 201: infer S }
    ? S
    : Rs extends { 202: infer S }
      ? S
      : never;

declare const binaryMark: unique symbol;
/** A success answer marked as a file by `binary`, so that the type of its route says so too. */
export type BinarySchema<S extends z.ZodType> = S & { readonly [binaryMark]: true };

/** A route's declaration as `defineRoute` returns it: frozen, with its defaults filled in. */
export type Route<S extends RouteSpec = RouteSpec> = Readonly<S> & {
  readonly auth: RouteAuth;
  /** the success answer is a file (PDF, zip, CSV): the SPA downloads it instead of reading JSON */
  readonly binary: RouteSpec extends S ? boolean : IsBinary<SuccessSchema<S['responses']>>;
};

type IsBinary<T> = [T] extends [never] ? false : T extends { readonly [binaryMark]: true } ? true : false;

const binarySchemas = new WeakSet<z.ZodType>();

/**
 * Marks a success answer as a file. OpenAPI shows `schema` (by default "binary file"); the SPA's
 * client fetches such routes with `download` (and `call` does not take them).
 */
export function binary<S extends z.ZodType = z.ZodAny>(schema?: S): BinarySchema<S> {
  const marked = schema ?? z.any().describe('binary file');
  binarySchemas.add(marked);
  return marked as BinarySchema<S>;
}

/** The problem+json answers a route may give, e.g. `problems(400, 401, 404)`. */
export function problems<const S extends readonly number[]>(
  ...statuses: S
): { readonly [K in S[number]]: typeof problemSchema } {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema])) as {
    [K in S[number]]: typeof problemSchema;
  };
}

/** The names of the `:name` segments of a Fastify path. */
export function pathParamNames(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment.startsWith(':'))
    .map((segment) => segment.slice(1));
}

/** The statuses of a success answer, in the order a route's 2xx is looked up. */
export const successStatuses = [200, 201, 202, 204] as const;

/**
 * Declares a route. Throws at import when the path's parameters and the `params` schema disagree, so
 * a typo cannot reach a server or a URL.
 */
export function defineRoute<const S extends RouteSpec>(spec: S): Route<S> {
  const inPath = pathParamNames(spec.path).sort();
  const declared = Object.keys(spec.params?.shape ?? {}).sort();
  if (inPath.join() !== declared.join())
    throw new Error(`${spec.method} ${spec.path}: path parameters [${inPath}] but params [${declared}]`);
  const success = successStatuses.map((status) => spec.responses[status]).find(Boolean);
  return Object.freeze({
    ...spec,
    auth: spec.auth ?? 'session',
    binary: success !== undefined && binarySchemas.has(success),
  }) as Route<S>;
}
