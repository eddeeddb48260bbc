// Values for the OpenAPI fuzz test: what a JSON schema allows (with the caller's real ids, and dates
// at the edges), a control character put into it, or something hostile instead, as the mix of the
// value's slot says.
import fc from 'fast-check';
import type { JsonSchema, Parameter } from './openapi-operations.js';
import {
  controlCharacters,
  edgeYearDates,
  hostileJsonValue,
  hostileString,
  leapDays,
} from './hostile-values.js';

export type IdKind = 'meteringPoints' | 'bills' | 'billingAccounts' | 'notices' | 'orders' | 'sessions';

/** What a logged-in caller really has, so that valid requests reach past the ownership checks. */
export interface FuzzContext {
  ids: Record<IdKind, string[]>;
  logins: string[];
  passwords: string[];
  authorization: string;
}

// By the path segment before a parameter or by a property's name: the kind of id it takes.
const idHints: [RegExp, IdKind][] = [
  [/notice/i, 'notices'],
  [/order/i, 'orders'],
  [/session/i, 'sessions'],
  [/contract|account/i, 'billingAccounts'],
  [/bill/i, 'bills'],
  [/metering|^ids$/i, 'meteringPoints'],
];

function realIds(context: FuzzContext, hint: string): string[] {
  const kind = idHints.find(([pattern]) => pattern.test(hint))?.[1];
  const ids = kind ? context.ids[kind] : Object.values(context.ids).flat();
  return ids.length > 0 ? ids : Object.values(context.ids).flat();
}

function someId(context: FuzzContext, hint: string): fc.Arbitrary<string> {
  const ids = realIds(context, hint);
  return ids.length > 0
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.uuid() })
    : fc.uuid();
}

const calendarDates = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...edgeYearDates) },
  { weight: 2, arbitrary: fc.constantFrom(...leapDays) },
  fc
    .record({ y: fc.integer({ min: 2019, max: 2028 }), m: fc.integer({ min: 1, max: 12 }), d: fc.nat(30) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`),
  fc
    .record({ y: fc.nat(9999), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(
      ({ y, m, d }) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
);

function validString(schema: JsonSchema, context: FuzzContext, hint: string): fc.Arbitrary<string> {
  const name = hint.split(':').pop() ?? '';
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, 80);
  const free = fc.string({ minLength, maxLength: Math.max(minLength, maxLength) });
  if (/^(login|username)$/i.test(name)) return fc.oneof(fc.constantFrom(...context.logins), free);
  if (/password/i.test(name)) return fc.oneof(fc.constantFrom(...context.passwords), free);
  if (name === 'ids') {
    return fc.array(someId(context, 'ids'), { minLength: 1, maxLength: 6 }).map((ids) => ids.join(','));
  }
  // ids as the document types them (uuid) or names them (`id`, `meteringPointId`)
  if (schema.format === 'uuid' || /^id$|Id$/.test(name)) return someId(context, hint);
  if (schema.format === 'date') return calendarDates;
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'email' || /email/i.test(name)) return fc.oneof(fc.emailAddress(), free);
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern, 'u'))
        .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
    } catch {
      return free;
    }
  }
  return free;
}

function validNumber(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? -1e6, Number.MIN_SAFE_INTEGER);
  const max = Math.min(schema.maximum ?? 1e6, Number.MAX_SAFE_INTEGER);
  const any = integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
  return fc.oneof(fc.constantFrom(min, max), any);
}

/** How often a value is kept valid, gets a control character put in, or is replaced by a hostile one. */
export interface Mix {
  valid: number;
  control: number;
  hostile: number;
}
// A targeted request is valid but for one slot (a parameter, a body field, a header), so that the bad
// value gets past the others to the code behind them; a rough request is bad all over.
const clean: Mix = { valid: 1, control: 0, hostile: 0 };
const attack: Mix = { valid: 0, control: 1, hostile: 1 };
const rough: Mix = { valid: 4, control: 1, hostile: 3 };

export interface Generator {
  context: FuzzContext;
  /** the one slot to attack (`path.id`, `query.from`, `body.nickname`, `header.authorization`) */
  target?: string;
}

export function mixOf(gen: Generator, slot: string): Mix {
  if (gen.target === undefined) return rough;
  return gen.target === slot ? attack : clean;
}

/** A value the schema allows; its parts may be hostile, as the mix of their slot says (see `field`). */
export function valid(
  schema: JsonSchema,
  gen: Generator,
  hint: string,
  slot: string,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (variants && variants.length > 0)
    return fc.oneof(...variants.map((v) => valid(v, gen, hint, slot, depth)));
  const type = Array.isArray(schema.type)
    ? schema.type[0]
    : (schema.type ?? (schema.properties ? 'object' : ''));
  switch (type) {
    case 'string':
      return validString(schema, gen.context, hint);
    case 'integer':
    case 'number':
      return validNumber(schema, type === 'integer');
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(field(schema.items ?? {}, gen, hint, slot, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case 'object': {
      // the body's own properties are slots of their own; deeper ones belong to their ancestor's
      const slotOf = (key: string) => (slot === 'body' ? `body.${key}` : slot);
      const properties = Object.keys(schema.properties ?? {});
      return fc.record(
        Object.fromEntries(
          properties.map((key) => [key, field(schema.properties![key]!, gen, key, slotOf(key), depth + 1)]),
        ),
        {
          requiredKeys: properties.filter(
            (key) => schema.required?.includes(key) || gen.target === slotOf(key),
          ),
        },
      );
    }
    default:
      return hostileJsonValue;
  }
}

/** A valid value with a control character (or a lone surrogate) put in; other than text, the character alone. */
function withControlCharacter<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T> {
  // NUL half of the time: PostgreSQL cannot store it in text, so it is the one that reaches furthest
  const control = fc.oneof(fc.constant('\u0000'), fc.constantFrom(...controlCharacters));
  return fc.tuple(value, control, fc.nat()).map(([v, c, at]) => {
    if (typeof v !== 'string') return c as T;
    const i = at % (v.length + 1);
    return (v.slice(0, i) + c + v.slice(i)) as T;
  });
}

export function mixed<T>(mix: Mix, value: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> {
  const choices = [
    { weight: mix.valid, arbitrary: value },
    { weight: mix.control, arbitrary: withControlCharacter(value) },
    { weight: mix.hostile, arbitrary: hostile },
  ].filter((choice) => choice.weight > 0);
  return choices.length === 1 ? choices[0]!.arbitrary : fc.oneof(...choices);
}

function field(
  schema: JsonSchema,
  gen: Generator,
  hint: string,
  slot: string,
  depth: number,
): fc.Arbitrary<unknown> {
  const value = valid(schema, gen, hint, slot, depth);
  return depth > 4 ? value : mixed(mixOf(gen, slot), value, hostileJsonValue);
}

/** A query or path value: what the schema allows written as text, or hostile text. */
export function textValue(
  parameter: Parameter,
  gen: Generator,
  hint: string,
  slot: string,
): fc.Arbitrary<string> {
  const value = valid(parameter.schema ?? {}, gen, hint, slot).map((v) => String(v));
  return mixed(mixOf(gen, slot), value, hostileString);
}
