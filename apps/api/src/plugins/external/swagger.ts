import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const docsPrefix = '/api/docs';

/**
 * The OpenAPI 3.1 document, generated from the routes' zod schemas, at /api/docs/json, and Swagger UI
 * at /api/docs. Must be registered before the routes it describes.
 */
export default fp(
  async (app) => {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'EPS customer portal API',
          description:
            'Self-service billing portal for customers on guaranteed supply. Errors are ' +
            'application/problem+json with a stable `code`; titles follow Accept-Language ' +
            '(sr-Cyrl, sr-Latn, en).',
          version: '1.0.0',
        },
        tags: [{ name: 'health', description: 'Liveness and readiness for orchestrators' }],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(fastifySwaggerUi, {
      routePrefix: docsPrefix,
      uiConfig: { deepLinking: true, validatorUrl: null },
    });
  },
  { name: 'swagger' },
);
