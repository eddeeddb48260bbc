// Which requests read from the read replica (DATABASE_REPLICA_URL). Modules do not choose: every
// request runs in a read scope the database client consults (packages/db read-replica.ts).
//
// - GET and HEAD read from the replica, unless the route is registered with `reads: 'primary'` (a GET
//   that acts, or one polled for the outcome of a write elsewhere).
// - Any request's writes go to the primary, and so do its reads after its first write, which may
//   depend on it. Audit rows do not count: a staff read that records itself still reads the replica.
// - Replication lag: a request that wrote sets a cookie; the browser's requests in the next
//   `recentWriteSeconds` read from the primary, so that a user who just paid, linked a contract or
//   changed a setting sees it on the next page. A cookie, not a marker in this process: every process
//   behind the proxy honours it, without a shared store. Others' writes (the nightly import, the
//   gateway's notification, a supervisor's action) show once the replica has them.
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import type { ReadScope } from '@portal/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `primary`: a GET whose reads must see every committed write (it acts, or is polled after one) */
    reads?: 'primary';
  }
}

/** The cookie holding until when (epoch ms, the app's clock) this browser reads from the primary. */
export const recentWriteCookie = 'portal_recent_write';
/** Far above a streaming replica's usual lag (well under a second), short enough to spare the primary. */
export const recentWriteSeconds = 10;

const safeMethods = new Set(['GET', 'HEAD']);

function wroteRecently(request: FastifyRequest, now: number): boolean {
  const until = Number(request.cookies[recentWriteCookie]);
  // a value further ahead than the window was not set by us: ignored
  return Number.isFinite(until) && until > now && until <= now + recentWriteSeconds * 1000;
}

/**
 * Opens a read scope for every request and remembers its writes in the cookie. Returns the current
 * scope for the database client (undefined outside a request: jobs, start-up).
 */
export function readScopeHooks(app: FastifyInstance): { scope: () => ReadScope | undefined } {
  const storage = new AsyncLocalStorage<ReadScope>();
  const scopes = new WeakMap<FastifyRequest, { scope: ReadScope; resource: AsyncResource }>();

  app.addHook('onRequest', (request, _reply, done) => {
    const replica =
      safeMethods.has(request.method) &&
      request.routeOptions.config.reads !== 'primary' &&
      !wroteRecently(request, app.clock.now().getTime());
    const scope: ReadScope = { replica, wrote: false };
    storage.run(scope, () => {
      const resource = new AsyncResource('portal-read-scope');
      scopes.set(request, { scope, resource });
      resource.runInAsyncScope(done, request.raw);
    });
  });
  // The body may be read in the request stream's events, outside the scope (nodejs/node#34430): the
  // hooks and the handler after it are brought back in, as @fastify/request-context does.
  app.addHook('preValidation', (request, _reply, done) => {
    const entry = scopes.get(request);
    if (entry) entry.resource.runInAsyncScope(done, request.raw);
    else done();
  });
  // Work a request started and left running (a worker's loop) must not read the replica on its behalf.
  const close = async (request: FastifyRequest) => {
    const entry = scopes.get(request);
    if (entry) entry.scope.replica = false;
  };
  app.addHook('onResponse', close);
  app.addHook('onRequestAbort', close);
  app.addHook('onSend', async (request, reply, payload) => {
    if (scopes.get(request)?.scope.wrote) {
      const until = app.clock.now().getTime() + recentWriteSeconds * 1000;
      reply.setCookie(recentWriteCookie, String(until), {
        httpOnly: true,
        secure: true,
        sameSite: 'strict',
        path: '/api',
        // relative: the browser's clock need not be the app's (CLOCK_START)
        maxAge: recentWriteSeconds,
      });
    }
    return payload;
  });

  return { scope: () => storage.getStore() };
}
