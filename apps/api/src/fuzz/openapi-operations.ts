// The operations of an OpenAPI document as the fuzz test needs them: method, path, parameters and the
// JSON body's schema, with `$ref`s to the document's components resolved.

/** The part of JSON Schema (OpenAPI 3.1) that our zod schemas produce. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
}

export interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  method: string;
  /** as the document writes it: /api/metering-points/{id} */
  path: string;
  parameters: Parameter[];
  /** the application/json request body, if the operation takes one */
  body: JsonSchema | undefined;
}

interface OpenApiDocument {
  paths?: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const methods = new Set(['get', 'put', 'post', 'delete', 'patch']);

/** Every operation of the document, with `$ref`s to its components resolved. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const components = document.components?.schemas ?? {};
  const resolve = (schema: JsonSchema | undefined, depth = 0): JsonSchema | undefined => {
    if (!schema || depth > 20) return schema;
    const target = schema.$ref ? components[schema.$ref.replace('#/components/schemas/', '')] : schema;
    if (!target) return schema;
    const out: JsonSchema = { ...target };
    if (out.items) out.items = resolve(out.items, depth + 1);
    if (out.properties) {
      out.properties = Object.fromEntries(
        Object.entries(out.properties).map(([k, s]) => [k, resolve(s, depth + 1) ?? {}]),
      );
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      if (out[key]) out[key] = out[key].map((s) => resolve(s, depth + 1) ?? {});
    }
    return out;
  };
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.has(method))
      .map(([method, op]) => {
        const content = (op.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
          ?.content;
        return {
          method: method.toUpperCase(),
          path,
          parameters: (op.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) })),
          body: resolve(content?.['application/json']?.schema),
        };
      }),
  );
}
