// Answers that Fastify's router and Node's HTTP parser make before any route, hook or error handler
// runs: by default plain JSON that repeats the path. Here they are problem+json like every other error,
// and say nothing of what was sent.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { defaultLocale, errorStatus, problemContentType, type ErrorCode } from '@portal/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveLocale } from '../plugins/locale.js';
import { apiResponseHeaders } from '../plugins/response-headers.js';
import { makeProblem } from './problem.js';

function frameworkCode(error: FastifyError): ErrorCode {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return 'URI_TOO_LONG';
  return error.statusCode !== undefined && error.statusCode < 500 ? 'BAD_REQUEST' : 'INTERNAL';
}

/**
 * Fastify's `frameworkErrors`: a URL the router cannot take (bad percent-encoding, a path parameter
 * longer than `maxParamLength`). The problem has no `instance`: the path is what was wrong.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const code = frameworkCode(error);
  const header = request.headers['accept-language'];
  const locale = resolveLocale(Array.isArray(header) ? header.join(',') : header);
  request.log.info({ code, reason: error.code }, 'request rejected');
  void reply
    .code(errorStatus(code))
    // no hook runs for these answers: the API's own headers are set here
    .headers(apiResponseHeaders)
    .type(problemContentType)
    .send(makeProblem(code, locale));
}

function clientCode(error: NodeJS.ErrnoException): ErrorCode {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 'HEADERS_TOO_LARGE';
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'REQUEST_TIMEOUT';
  return 'BAD_REQUEST';
}

/**
 * Fastify's `clientErrorHandler`, for what Node's HTTP parser refuses (headers over `maxHeaderSize`, a
 * request that does not parse, one that takes too long): a problem+json written to the socket, which
 * is then closed. The headers were not read, so the title is in the default language.
 */
export function clientErrorHandler(
  this: FastifyInstance,
  error: NodeJS.ErrnoException,
  socket: Socket,
): void {
  // a connection reset has nobody left to answer (as in Fastify's own handler)
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  this.log.debug({ err: error }, 'client error');
  const code = clientCode(error);
  const status = errorStatus(code);
  const body = JSON.stringify(makeProblem(code, defaultLocale));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: ${problemContentType}; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: ${apiResponseHeaders['cache-control']}\r\n` +
        `Permissions-Policy: ${apiResponseHeaders['permissions-policy']}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
