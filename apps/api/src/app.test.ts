import { problemContentType, problemSchema, requestDate, textInput } from '@portal/contract';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { App } from './app.js';
import { AppError } from './plugins/errors.js';
import { buildTestApp } from './testing/test-app.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function appWithTestRoutes(options: Parameters<typeof buildTestApp>[0] = {}): Promise<App> {
  app = await buildTestApp(options);
  app.post(
    '/api/test/echo',
    {
      schema: {
        body: z.object({
          email: z.email(),
          name: z.string().min(2).max(20),
          count: z.number().int().min(1),
          address: z.object({ city: z.string() }),
          tags: z.array(z.string()).max(2).optional(),
          ed: z
            .string()
            .refine((v) => v.endsWith('7'), 'invalid_checksum')
            .optional(),
        }),
        querystring: z.object({ page: z.coerce.number().int().min(1).optional() }),
      },
    },
    async (request) => request.body,
  );
  app.get(
    '/api/test/shared',
    { schema: { querystring: z.object({ from: requestDate.optional(), q: textInput.optional() }) } },
    async (request) => request.query,
  );
  app.get('/api/test/boom', async () => {
    throw new Error('secret connection string postgres://u:p@db leaked');
  });
  app.get('/api/test/app-error', async () => {
    throw new AppError('CONFLICT', {
      detail: (locale) => (locale === 'en' ? 'Already linked.' : 'Већ повезано.'),
      errors: [{ path: 'ed', code: 'too_short', params: { minimum: 10 } }],
    });
  });
  app.get(
    '/api/test/limited',
    { config: { rateLimit: { max: 1, timeWindow: '1 minute' } } },
    async () => 'ok',
  );
  return app;
}

const valid = { email: 'a@b.rs', name: 'Ана', count: 2, address: { city: 'Ниш' } };

function expectProblem(
  response: { headers: Record<string, unknown>; json(): unknown },
  status: number,
  code: string,
) {
  expect(String(response.headers['content-type']).startsWith(problemContentType)).toBe(true);
  const body = problemSchema.parse(response.json());
  expect(body).toMatchObject({ status, code });
  return body;
}

describe('not found', () => {
  it.each([
    ['sr-Cyrl', undefined, 'Тражени садржај није пронађен.'],
    ['sr-Cyrl', 'sr-RS,sr;q=0.9', 'Тражени садржај није пронађен.'],
    ['sr-Latn', 'sr-Latn-RS', 'Traženi sadržaj nije pronađen.'],
    ['en', 'en-GB,en;q=0.8', 'The requested item was not found.'],
  ])('answers an unknown /api route with a problem in %s (%s)', async (_locale, acceptLanguage, title) => {
    app = await buildTestApp();
    const response = await app.inject({
      method: 'GET',
      url: '/api/nothing/here?x=1',
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    });
    expect(response.statusCode).toBe(404);
    const body = expectProblem(response, 404, 'NOT_FOUND');
    expect(body).toEqual({
      type: 'urn:eps-portal:problem:not-found',
      title,
      status: 404,
      code: 'NOT_FOUND',
      instance: '/api/nothing/here',
    });
  });
});

describe('validation', () => {
  it('maps zod errors to VALIDATION_FAILED with translated per-field errors', async () => {
    await appWithTestRoutes();
    const response = await app!.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'accept-language': 'en' },
      payload: { email: 'not-an-email', name: '', count: 0, address: {}, tags: ['a', 'b', 'c'], ed: '123' },
    });
    expect(response.statusCode).toBe(400);
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(body.title).toBe('Some of the data is not valid. Please check the highlighted fields.');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: 'email', code: 'invalid_format', message: 'The value is not in the correct format.' },
        { path: 'name', code: 'required', message: 'This field is required.' },
        { path: 'count', code: 'too_small', message: 'The smallest allowed value is 1.' },
        { path: 'address.city', code: 'required', message: 'This field is required.' },
        { path: 'tags', code: 'too_many', message: 'Maximum number of items: 2.' },
        { path: 'ed', code: 'invalid_checksum', message: 'The check digit is not correct.' },
      ]),
    );
    expect(body.errors).toHaveLength(6);
  });

  it('translates field messages to Serbian and reports the whole body when it is missing', async () => {
    await appWithTestRoutes();
    const short = await app!.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { email: 'a@b.rs', name: 'x', count: 1, address: { city: 'Ниш' } },
    });
    expect(expectProblem(short, 400, 'VALIDATION_FAILED').errors).toEqual([
      { path: 'name', code: 'too_short', message: 'Најмањи дозвољени број знакова: 2.' },
    ]);
    const missing = await app!.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'accept-language': 'en' },
    });
    expect(expectProblem(missing, 400, 'VALIDATION_FAILED').errors).toEqual([
      { path: 'body', code: 'required', message: 'This field is required.' },
    ]);
    const page = await app!.inject({ method: 'POST', url: '/api/test/echo?page=0', payload: valid });
    expect(expectProblem(page, 400, 'VALIDATION_FAILED').errors).toEqual([
      { path: 'page', code: 'too_small', message: 'Најмања дозвољена вредност је 1.' },
    ]);
  });

  it('words the shared request schemas: dates out of range, control characters', async () => {
    await appWithTestRoutes();
    const response = await app!.inject({
      method: 'GET',
      url: '/api/test/shared?from=0001-01-01&q=a%00b',
      headers: { 'accept-language': 'en' },
    });
    expect(expectProblem(response, 400, 'VALIDATION_FAILED').errors).toEqual([
      { path: 'from', code: 'too_small', message: 'The smallest allowed value is 2000-01-01.' },
      {
        path: 'q',
        code: 'invalid_characters',
        message: 'The value contains control characters, which are not allowed.',
      },
    ]);
  });

  it('passes valid input through', async () => {
    await appWithTestRoutes();
    const response = await app!.inject({ method: 'POST', url: '/api/test/echo', payload: valid });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(valid);
  });

  it('answers malformed JSON with BAD_REQUEST', async () => {
    await appWithTestRoutes();
    const response = await app!.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expectProblem(response, 400, 'BAD_REQUEST');
  });
});

describe('errors', () => {
  it('answers an unexpected error with 500 INTERNAL and nothing of the error itself, but logs it', async () => {
    const lines: string[] = [];
    const loggerInstance = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    await appWithTestRoutes({ loggerInstance });
    const response = await app!.inject({
      method: 'GET',
      url: '/api/test/boom',
      headers: { 'accept-language': 'en', 'x-request-id': 'req-500', authorization: 'Bearer top-secret' },
    });
    expect(response.statusCode).toBe(500);
    const body = expectProblem(response, 500, 'INTERNAL');
    expect(body.title).toBe('An unexpected error occurred. Please try again later.');
    expect(response.body).not.toMatch(/secret|postgres|stack|Error|at /);
    const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'request failed');
    expect(logged).toMatchObject({ level: 50, reqId: 'req-500', code: 'INTERNAL' });
    expect(logged.err.stack).toContain('secret connection string');
    expect(lines.join('\n')).not.toContain('top-secret');
  });

  it('sends an AppError with its code, translated detail and field errors', async () => {
    await appWithTestRoutes();
    const response = await app!.inject({
      method: 'GET',
      url: '/api/test/app-error',
      headers: { 'accept-language': 'en' },
    });
    const body = expectProblem(response, 409, 'CONFLICT');
    expect(body.detail).toBe('Already linked.');
    expect(body.errors).toEqual([
      { path: 'ed', code: 'too_short', message: 'Minimum number of characters: 10.' },
    ]);
  });

  it('answers too many requests with 429 RATE_LIMITED and Retry-After', async () => {
    await appWithTestRoutes();
    expect((await app!.inject({ method: 'GET', url: '/api/test/limited' })).statusCode).toBe(200);
    const response = await app!.inject({ method: 'GET', url: '/api/test/limited' });
    expect(response.statusCode).toBe(429);
    expectProblem(response, 429, 'RATE_LIMITED');
    expect(response.headers['retry-after']).toBeDefined();
  });
});

describe('request id', () => {
  it('echoes a sane incoming X-Request-Id and makes one otherwise', async () => {
    app = await buildTestApp();
    const given = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'x-request-id': 'bad id\n' },
    });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('security headers', () => {
  it('sets a CSP that allows only this origin for scripts', async () => {
    app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3 document generated from the zod schemas', async () => {
    app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health', '/ready']));
    const ready = document.paths['/ready'].get;
    expect(ready.responses['200'].content['application/json'].schema).toMatchObject({
      type: 'object',
      properties: { status: { enum: ['ok'] } },
    });
    expect(ready.responses['503'].content['application/json'].schema.properties.code.enum).toContain(
      'SERVICE_UNAVAILABLE',
    );
    const ui = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBeLessThan(400);
  });
});
