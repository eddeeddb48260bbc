import fp from 'fastify-plugin';
import { isApiPath } from './external/rate-limit.js';

/**
 * Browser features the portal never uses, switched off for it and anything it embeds: a page that was
 * made to misbehave still cannot turn on a camera, read the location or start a payment request.
 */
export const permissionsPolicy = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/**
 * What every answer of the API carries: personal data is never kept by a browser or a shared cache
 * (a route that means otherwise sets its own Cache-Control), and the permissions policy.
 */
export const apiResponseHeaders = {
  'cache-control': 'no-store',
  'permissions-policy': permissionsPolicy,
} as const;

/** The headers above on every response (the permissions policy also on the SPA's files and /health). */
export default fp(
  async (app) => {
    app.addHook('onSend', (request, reply, payload, done) => {
      reply.header('permissions-policy', permissionsPolicy);
      if (isApiPath(request.url) && !reply.hasHeader('cache-control')) {
        reply.header('cache-control', apiResponseHeaders['cache-control']);
      }
      done(null, payload);
    });
  },
  { name: 'response-headers' },
);
