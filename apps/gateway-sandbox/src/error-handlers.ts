// What the sandbox answers when a request fails or matches no route: a JSON error for the API, an HTML
// page under /pay/.
import type { FastifyInstance } from 'fastify';
import { notFoundPage } from './page.js';
import { apiError, sendPage } from './replies.js';

export function setErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (statusCode >= 500) request.log.error({ code: error.code }, 'request failed');
    const code =
      statusCode === 413
        ? 'payload_too_large'
        : statusCode === 415
          ? 'unsupported_media_type'
          : statusCode < 500
            ? 'bad_request'
            : 'internal_error';
    // the message of a body parser error is generic and never contains the body
    return apiError(reply, statusCode, code, statusCode < 500 ? error.message : 'Internal error');
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/pay/')) return sendPage(reply.code(404), notFoundPage(), null);
    return apiError(reply, 404, 'not_found', 'No such resource');
  });
}
