// The two kinds of answer the sandbox gives: JSON errors for the merchant API, and the hosted payment
// page's HTML with its security headers.
import type { FastifyReply } from 'fastify';
import type { StoredOrder } from './order-store.js';
import { styleHash } from './page.js';

export function apiError(
  reply: FastifyReply,
  statusCode: number,
  error: string,
  message: string,
): FastifyReply {
  return reply.code(statusCode).type('application/json; charset=utf-8').send({ error, message });
}

/** The page may post its forms only to itself and, once there is an order, to the merchant's return URL. */
export function sendPage(reply: FastifyReply, html: string, order: StoredOrder | null): FastifyReply {
  const formAction = order ? `'self' ${new URL(order.returnUrl).origin}` : `'self'`;
  return reply
    .header(
      'content-security-policy',
      `default-src 'none'; style-src ${styleHash}; img-src 'self' data:; form-action ${formAction}; ` +
        `frame-ancestors 'none'; base-uri 'none'`,
    )
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .type('text/html; charset=utf-8')
    .send(html);
}
