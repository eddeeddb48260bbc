// Requests for the OpenAPI fuzz test: for each operation of the document, a fast-check arbitrary that
// mixes values its schemas allow (and the caller's real ids) with hostile ones. Valid values matter as
// much as hostile ones: a bad date only reaches the date arithmetic behind a valid id and a valid token.
import fc from 'fast-check';
import type { JsonSchema, Operation } from './openapi-operations.js';
import {
  hostileHeaderValues,
  hostileJsonBodies,
  hostileJsonValue,
  hostilePathSegments,
} from './hostile-values.js';
import {
  mixOf,
  mixed,
  textValue,
  valid,
  type FuzzContext,
  type Generator,
  type Mix,
} from './value-arbitraries.js';

export type { FuzzContext } from './value-arbitraries.js';
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80'; // a lone surrogate, which encodeURIComponent refuses, as its UTF-8 bytes
  }
}

function queryPart(name: string, value: string | string[]): string {
  return [value]
    .flat()
    .map((v) => `${encodeURIComponent(name)}=${encodeSegment(v)}`)
    .join('&');
}

/** `value` `odds` times as often as null. */
function sometimes<T>(value: fc.Arbitrary<T>, odds: number): fc.Arbitrary<T | null> {
  const [present, absent] = odds >= 1 ? [odds, 1] : [1, 1 / odds];
  return fc.oneof({ weight: present, arbitrary: value }, { weight: absent, arbitrary: fc.constant(null) });
}

/** `value`, or one of `hostile` when the slot is attacked. */
function orOneOf<T>(mix: Mix, value: fc.Arbitrary<T>, hostile: T[]): fc.Arbitrary<T> {
  return mixed({ ...mix, control: 0 }, value, fc.constantFrom(...hostile));
}

function pathArbitrary(operation: Operation, gen: Generator): fc.Arbitrary<string> {
  const segments = operation.path.split('/');
  return fc
    .tuple(
      ...segments.map((segment, i) => {
        const name = /^\{(.+)\}$/.exec(segment)?.[1];
        if (!name) return fc.constant(segment);
        const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name);
        const slot = `path.${name}`;
        const value = textValue(parameter ?? { in: 'path', name }, gen, `${segments[i - 1]}:${name}`, slot);
        return orOneOf(mixOf(gen, slot), value.map(encodeSegment), hostilePathSegments);
      }),
    )
    .map((parts) => parts.join('/'));
}

function queryArbitrary(operation: Operation, gen: Generator): fc.Arbitrary<string> {
  const parameters = operation.parameters.filter((p) => p.in === 'query');
  const parts = parameters.map((p) => {
    const slot = `query.${p.name}`;
    const value = textValue(p, gen, p.name, slot);
    // a parameter given twice arrives as an array
    const values = fc.oneof(
      { weight: 8, arbitrary: value as fc.Arbitrary<string | string[]> },
      { weight: mixOf(gen, slot).hostile, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }) },
    );
    // the attacked one is always there; a required one is left out now and then, an optional one a third
    // of the time
    const odds = gen.target === slot ? Infinity : p.required ? 8 : 2;
    return odds === Infinity
      ? values.map((v) => queryPart(p.name, v))
      : sometimes(
          values.map((v) => queryPart(p.name, v)),
          odds,
        );
  });
  const junk = fc.constantFrom('%', '&&=&', 'a[b][c]=1', '__proto__[x]=1', '%00=%00');
  const raw =
    gen.target === 'query' ? junk : gen.target === undefined ? sometimes(junk, 1 / 4) : fc.constant(null);
  return fc.tuple(fc.tuple(...parts), raw).map(([given, extra]) => {
    const search = [...given, extra].filter((part) => part !== null).join('&');
    return search === '' ? '' : `?${search}`;
  });
}

function bodyArbitrary(operation: Operation, gen: Generator): fc.Arbitrary<string | undefined> {
  const mix = mixOf(gen, 'body');
  const hostileBody = fc.oneof(
    hostileJsonValue.map((v) => JSON.stringify(v) ?? 'null'),
    fc.constantFrom(...hostileJsonBodies),
  );
  if (!operation.body) {
    return mixed({ ...mix, control: 0 }, fc.constant(undefined), hostileBody);
  }
  const body = valid(operation.body, gen, 'body', 'body').map((v) => JSON.stringify(v));
  return mixed({ ...mix, control: 0 }, body, hostileBody);
}

function headersArbitrary(operation: Operation, gen: Generator): fc.Arbitrary<Record<string, string>> {
  const header = (name: string, value: string, hostile: string[]) =>
    orOneOf(mixOf(gen, `header.${name}`), fc.constant(value), hostile);
  return fc
    .record({
      authorization: header('authorization', gen.context.authorization, [
        '',
        ...hostileHeaderValues.authorization,
      ]),
      'accept-language': fc.constantFrom('en', 'sr-Latn', 'sr', ...hostileHeaderValues.acceptLanguage),
      'content-type': header('content-type', 'application/json', hostileHeaderValues.contentType),
      'x-portal-csrf': fc.constant('1'),
    })
    .map((headers) => {
      const out: Record<string, string> = { ...headers };
      if (out.authorization === '') delete out.authorization;
      if (!operation.body && gen.target !== 'body') delete out['content-type'];
      return out;
    });
}

/** Where one bad value can go in a request for `operation`: parameters and body fields twice as often. */
export function slotsOf(operation: Operation): { slot: string; weight: number }[] {
  const bodyKeys = new Set<string>();
  const collect = (schema: JsonSchema | undefined) => {
    for (const key of Object.keys(schema?.properties ?? {})) bodyKeys.add(key);
    for (const variant of schema?.anyOf ?? schema?.oneOf ?? []) collect(variant);
  };
  collect(operation.body);
  const fields = [
    ...operation.parameters
      .filter((p) => p.in === 'path' || p.in === 'query')
      .map((p) => `${p.in}.${p.name}`),
    ...[...bodyKeys].map((key) => `body.${key}`),
  ];
  const rest = ['query', 'body', 'header.authorization', ...(operation.body ? ['header.content-type'] : [])];
  return [...fields.map((slot) => ({ slot, weight: 2 })), ...rest.map((slot) => ({ slot, weight: 1 }))];
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

function build(operation: Operation, gen: Generator): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      pathArbitrary(operation, gen),
      queryArbitrary(operation, gen),
      bodyArbitrary(operation, gen),
      headersArbitrary(operation, gen),
    )
    .map(([path, query, payload, headers]) => ({
      method: operation.method,
      url: path + query,
      headers,
      ...(payload === undefined ? {} : { payload }),
    }));
}

/**
 * Requests for one operation, as its parameters and body schema say: mostly valid but for one attacked
 * slot (each slot as often as the others), the rest bad all over.
 */
export function requestArbitrary(operation: Operation, context: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const targeted = slotsOf(operation).map(({ slot, weight }) => ({
    weight,
    arbitrary: build(operation, { context, target: slot }),
  }));
  return fc.oneof(
    { weight: 4, arbitrary: fc.oneof(...targeted) },
    { weight: 1, arbitrary: build(operation, { context }) },
  );
}
