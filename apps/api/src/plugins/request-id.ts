import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import fp from 'fastify-plugin';

export const requestIdHeader = 'x-request-id';

const acceptableId = /^[\w.:-]{1,128}$/;

/** Fastify's genReqId: the caller's (or proxy's) X-Request-Id when it looks sane, else a new UUID. */
export function genReqId(request: IncomingMessage): string {
  const header = request.headers[requestIdHeader];
  const incoming = Array.isArray(header) ? header[0] : header;
  return incoming !== undefined && acceptableId.test(incoming) ? incoming : randomUUID();
}

/** Echoes the request id on every response, errors and 404s included. */
export default fp(
  async (app) => {
    // callback hooks here and in the other plugins of every request: no promise and tick of their own
    app.addHook('onRequest', (request, reply, done) => {
      reply.header(requestIdHeader, request.id);
      done();
    });
  },
  { name: 'request-id' },
);
