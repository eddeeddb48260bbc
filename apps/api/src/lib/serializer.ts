// Compiled answers for the busiest routes (registerRoute's `compiledAnswers`): fast-json-stringify,
// compiled once per status from the contract's zod schema (its JSON Schema), writes the answer instead
// of zod checking and encoding it at run time (a bill: 75 µs instead of 170). Like zod it writes only
// the declared properties. A schema it cannot write as zod does (a transform, a tuple) keeps zod.
// Outside production zod checks each answer too, so a handler that drifts from the contract still
// fails in the tests.
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type RouteSchema = Parameters<typeof zodSerializerCompiler>[0];
type JsonSchema = { [key: string]: unknown };

/**
 * `anyOf: [X, null]` as `X` with `nullable`, which fast-json-stringify writes directly (an anyOf it
 * validates branch by branch); null when the schema has a tuple, which it does not write as zod does.
 */
function simplified(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    const items = schema.map(simplified);
    return items.includes(null) ? null : items;
  }
  if (typeof schema !== 'object' || schema === null) return schema;
  const node = schema as JsonSchema;
  if (Array.isArray(node.items)) return null;
  const anyOf = node.anyOf as JsonSchema[] | undefined;
  if (anyOf?.length === 2 && anyOf[1]?.type === 'null' && typeof anyOf[0]?.type === 'string') {
    const { anyOf: _anyOf, ...rest } = node;
    const inner = simplified(anyOf[0]);
    return inner === null ? null : { ...rest, ...(inner as JsonSchema), nullable: true };
  }
  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    const inner = simplified(value);
    if (inner === null && value !== null) return null;
    result[key] = inner;
  }
  return result;
}

function jsonSchemaOf(schema: unknown): JsonSchema | null {
  if (!(schema instanceof z.ZodType)) return null;
  try {
    const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-07', unrepresentable: 'throw' });
    return simplified(json) as JsonSchema | null;
  } catch {
    return null;
  }
}

export function compiledSerializerCompiler(options: {
  checkWithZod: boolean;
}): FastifySerializerCompiler<unknown> {
  return (definition) => {
    const route = definition as RouteSchema;
    const json = jsonSchemaOf(route.schema);
    if (!json) return zodSerializerCompiler(route);
    const stringify = fastJson(json);
    if (!options.checkWithZod) return stringify;
    const check = zodSerializerCompiler(route);
    return (data: unknown) => {
      check(data);
      return stringify(data);
    };
  };
}
