import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { describe, expect, it } from 'vitest';
import accessPlugin, { accessRuleOf } from './access.plugin.js';

/** A bare app with the access plugin and stand-ins for the plugins it depends on; no query is made. */
async function appWith(route: { url: string; access: unknown }) {
  const app = Fastify({ logger: false });
  app.decorate('prisma', {} as never);
  await app.register(fp(async () => {}, { name: 'db' }));
  await app.register(fp(async () => {}, { name: 'auth' }));
  await app.register(accessPlugin);
  app.get(route.url, { config: { access: route.access as never } }, async () => 'ok');
  await app.ready();
  return app;
}

describe('access rules of routes', () => {
  it('read a permission alone as one on the path parameter id', () => {
    expect(accessRuleOf('bill.read')).toEqual({ permission: 'bill.read', param: 'id' });
    expect(accessRuleOf({ permission: 'notice.pdf', param: 'noticeId' })).toEqual({
      permission: 'notice.pdf',
      param: 'noticeId',
    });
  });

  it('refuse at start-up an unknown permission or a parameter the path does not have', async () => {
    await expect(appWith({ url: '/bills/:id', access: 'bill.delete' })).rejects.toThrow(/unknown permission/);
    await expect(
      appWith({ url: '/bills/:id', access: { permission: 'bill.read', param: 'billId' } }),
    ).rejects.toThrow(/:billId/);
    await (await appWith({ url: '/bills/:id', access: 'bill.read' })).close();
  });

  it('refuse a request without an actor before the handler runs', async () => {
    const app = await appWith({ url: '/bills/:id', access: 'bill.read' });
    const response = await app.inject({ method: 'GET', url: '/bills/018c0000-0000-7000-8000-000000000001' });
    expect(response.statusCode).toBe(401);
    await app.close();
  });
});
