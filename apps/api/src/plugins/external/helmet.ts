import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Security headers. The CSP allows what the SPA and Swagger UI load from this origin: scripts and
 * fonts from self, inline styles (Vuetify and Swagger UI set them), images from self, data: and blob:
 * (QR codes, charts). `upgrade-insecure-requests` is off so a plain-HTTP local run keeps working;
 * HTTPS is the job of the proxy in front of a real deployment.
 */
export const helmetOptions: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      workerSrc: ["'self'", 'blob:'],
    },
  },
};

/**
 * The headers helmet sets with `options`, in its order. Without nonces or directives computed per
 * request (ours has none) they are the same on every request; helmet's only other act, removing
 * X-Powered-By, has nothing to remove in Fastify.
 */
export function helmetHeaders(options: HelmetOptions): [name: string, value: string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => headers.push([name, String(value)]),
    removeHeader: () => {},
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return headers;
}

/**
 * Helmet's headers on every response, computed once: @fastify/helmet builds helmet's middleware, the
 * CSP string included, on every request, which cost the busiest routes more than their statement's
 * own work in the server (bench/README.md). helmet.test.ts checks the bytes are the same as its.
 */
export default fp(
  async (app) => {
    const headers = helmetHeaders(helmetOptions);
    app.addHook('onRequest', (_request, reply, done) => {
      for (const [name, value] of headers) reply.raw.setHeader(name, value);
      done();
    });
  },
  { name: 'helmet' },
);
