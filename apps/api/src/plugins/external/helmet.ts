import fastifyHelmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/**
 * Security headers. The CSP allows what the SPA and Swagger UI load from this origin: scripts and
 * fonts from self, inline styles (Vuetify and Swagger UI set them), images from self, data: and blob:
 * (QR codes, charts). `upgrade-insecure-requests` is off so a plain-HTTP local run keeps working;
 * HTTPS is the job of the proxy in front of a real deployment.
 */
export default fp(
  async (app) => {
    await app.register(fastifyHelmet, {
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
    });
  },
  { name: 'helmet' },
);
