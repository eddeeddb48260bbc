import { problemContentType } from '@portal/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { buildTestApp, fakePrisma } from '../../testing/test-app.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('health routes', () => {
  it('GET /health says the process is up', async () => {
    app = await buildTestApp({ prisma: fakePrisma(() => Promise.reject(new Error('down'))) });
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready is 200 when the database answers', async () => {
    let queried = 0;
    app = await buildTestApp({ prisma: fakePrisma(async () => (queried++, [{ ok: 1 }])) });
    const response = await app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(queried).toBe(1);
  });

  it('GET /ready is 503 SERVICE_UNAVAILABLE as problem+json when the database does not answer', async () => {
    app = await buildTestApp({
      prisma: fakePrisma(() => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432'))),
    });
    const response = await app.inject({ method: 'GET', url: '/ready', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain(problemContentType);
    expect(response.json()).toEqual({
      type: 'urn:eps-portal:problem:service-unavailable',
      title: 'The service is briefly unavailable. Please try again in a few moments.',
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      instance: '/ready',
    });
    expect(response.body).not.toContain('ECONNREFUSED');
  });

  it('is not rate limited', async () => {
    app = await buildTestApp();
    const responses = await Promise.all(
      Array.from({ length: 320 }, () => app!.inject({ method: 'GET', url: '/health' })),
    );
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
  });
});
