// What a caller of a declared route passes and gets, and the URL it asks for. The SPA's client builds
// its requests with these; the types follow the declaration, so a wrong parameter is a compile error.
import type { z } from 'zod';
import type { Route, SuccessSchema } from './define-route.js';

/**
 * A query as the caller writes it: the keys of the schema's input (so defaults stay optional) with the
 * values the server reads after parsing (numbers, booleans, arrays for comma-separated lists).
 */
export type QueryValues<Q extends z.ZodType> = {
  [K in keyof z.input<Q>]: K extends keyof z.output<Q> ? z.output<Q>[K] : z.input<Q>[K];
};

type ParamsInput<R> = R extends { params: infer P extends z.ZodType }
  ? { params: z.input<P> }
  : { params?: undefined };
type QueryInput<R> = R extends { query: infer Q extends z.ZodType }
  ? object extends QueryValues<Q>
    ? { query?: QueryValues<Q> }
    : { query: QueryValues<Q> }
  : { query?: undefined };
type BodyInput<R> = R extends { body: infer B extends z.ZodType }
  ? { body: z.input<B> }
  : { body?: undefined };

/** The path parameters, query and body of a call to route `R`. */
export type RouteInput<R> = ParamsInput<R> & QueryInput<R> & BodyInput<R>;

/** What a successful call of route `R` answers; nothing for a 204. */
export type RouteOutput<R> = R extends { responses: infer Rs }
  ? [SuccessSchema<Rs>] extends [never]
    ? void
    : SuccessSchema<Rs> extends infer S extends z.ZodType
      ? z.output<S>
      : void
  : never;

/** A route with nothing to pass may be called without an input. */
export type RouteInputArgs<R> =
  object extends RouteInput<R> ? [input?: RouteInput<R>] : [input: RouteInput<R>];

type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/**
 * The query string of `query`, in the order of its keys: lists comma-separated (as the server splits
 * `region` and `ids`), empty values left out. Empty or with a leading `?`.
 */
export function queryString(query: Readonly<Record<string, unknown>> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  return search.size > 0 ? `?${search}` : '';
}

/** The URL of a call: the path with each `:name` replaced by its encoded value, then the query. */
export function routeUrl(
  route: Pick<Route, 'method' | 'path'>,
  input: { params?: Readonly<Record<string, unknown>>; query?: Readonly<Record<string, unknown>> } = {},
): string {
  const path = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment;
      const value = input.params?.[segment.slice(1)];
      if (value === undefined || value === null || value === '')
        throw new Error(`${route.method} ${route.path}: no value for ${segment}`);
      return encodeURIComponent(String(value));
    })
    .join('/');
  return `${path}${queryString(input.query)}`;
}
