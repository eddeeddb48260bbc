import { problemContentType, problemSchema } from '@portal/contract';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { buildTestApp } from '../testing/test-app.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function expectProblem(
  response: { headers: Record<string, unknown>; body: string },
  status: number,
  code: string,
) {
  expect(String(response.headers['content-type'])).toContain(problemContentType);
  expect(problemSchema.parse(JSON.parse(response.body))).toMatchObject({ status, code });
  expect(response.headers['cache-control']).toBe('no-store');
}

describe('what the router refuses', () => {
  it('answers a path parameter over the length limit with 414 URI_TOO_LONG, without echoing the path', async () => {
    app = await buildTestApp();
    const id = 'x'.repeat(150);
    const response = await app.inject({
      url: `/api/metering-points/${id}/bills`,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(414);
    expectProblem(response, 414, 'URI_TOO_LONG');
    expect(response.json().title).toBe('The address of the request is too long.');
    expect(response.body).not.toContain('xxxxxxxxxx');
  });

  it('answers a path that is not valid percent-encoding with 400 BAD_REQUEST, without echoing it', async () => {
    app = await buildTestApp();
    const response = await app.inject({ url: '/api/metering-points/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expectProblem(response, 400, 'BAD_REQUEST');
    expect(response.body).not.toContain('%E0');
  });
});

/** One raw HTTP exchange with a listening server: what Node's own parser answers. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.write(request);
  });
}

describe('what the HTTP parser refuses', () => {
  it.each([
    [
      'headers over the size limit',
      `GET /api/auth/me HTTP/1.1\r\nHost: x\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'HEADERS_TOO_LARGE',
    ],
    ['a request that does not parse', 'NOT HTTP AT ALL\r\n\r\n', 400, 'BAD_REQUEST'],
  ])('answers %s with problem+json', async (_what, request, status, code) => {
    app = await buildTestApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const answer = await rawExchange((app.server.address() as net.AddressInfo).port, request);
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    const [statusLine, ...lines] = head.split('\r\n');
    expect(statusLine).toBe(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`,
    );
    const headers = Object.fromEntries(
      lines.map((line) => [
        line.slice(0, line.indexOf(':')).toLowerCase(),
        line.slice(line.indexOf(':') + 1).trim(),
      ]),
    );
    expectProblem({ headers, body }, status, code);
    expect(Number(headers['content-length'])).toBe(Buffer.byteLength(body));
  });
});
