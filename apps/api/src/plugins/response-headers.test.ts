import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { buildTestApp } from '../testing/test-app.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function appWithRoutes(): Promise<App> {
  app = await buildTestApp();
  app.get('/api/test/data', async () => ({ name: 'Марко Петровић' }));
  app.get('/api/test/own-cache', async (_request, reply) =>
    reply.header('cache-control', 'private, no-store').send('x'),
  );
  app.get('/api/test/boom', async () => {
    throw new Error('boom');
  });
  return app;
}

describe('response headers', () => {
  it('keep every /api answer out of caches, errors included', async () => {
    await appWithRoutes();
    for (const url of [
      '/api/test/data',
      '/api/test/boom',
      '/api/nothing/here',
      '/api/auth/me',
      '/api/metering-points?page=0',
      `/api/metering-points/${'x'.repeat(150)}`,
      '/api/docs/json',
    ]) {
      const response = await app!.inject({ url });
      expect(response.headers['cache-control'], `${url} (${response.statusCode})`).toBe('no-store');
    }
  });

  it('leave a route its own Cache-Control', async () => {
    await appWithRoutes();
    const response = await app!.inject({ url: '/api/test/own-cache' });
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('send a permissions policy that denies camera, microphone, geolocation, payment and usb everywhere', async () => {
    await appWithRoutes();
    for (const url of ['/api/test/data', '/api/nothing/here', '/health', '/no-such-page']) {
      const policy = String((await app!.inject({ url })).headers['permissions-policy']);
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
        expect(policy, url).toContain(`${feature}=()`);
      }
    }
  });
});
