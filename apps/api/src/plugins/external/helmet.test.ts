import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import helmetPlugin, { helmetOptions } from './helmet.js';

const servers: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serverWith(register: (app: FastifyInstance) => Promise<void>): Promise<number> {
  const app = Fastify({ logger: false });
  servers.push(app);
  await register(app);
  app.get('/data', async () => ({ name: 'Марко' }));
  app.get('/boom', async () => {
    throw new Error('boom');
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as AddressInfo).port;
}

/** The answer's bytes as sent, without its Date line. */
function rawAnswer(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () =>
      resolve(
        Buffer.concat(chunks)
          .toString('latin1')
          .replace(/^Date: .*\r\n/m, ''),
      ),
    );
    socket.end(`GET ${path} HTTP/1.1\r\nHost: portal\r\nConnection: close\r\n\r\n`);
  });
}

describe('security headers', () => {
  it('are byte for byte those of @fastify/helmet with the same options', async () => {
    const ours = await serverWith(async (app) => {
      await app.register(helmetPlugin);
    });
    const theirs = await serverWith(async (app) => {
      // the same options; helmet's types come twice (its CommonJS and ES module declarations)
      await app.register(fastifyHelmet, helmetOptions as FastifyHelmetOptions);
    });
    for (const path of ['/data', '/boom', '/nothing-here']) {
      const answer = await rawAnswer(ours, path);
      expect(answer).toContain('Content-Security-Policy: ');
      expect(answer, path).toBe(await rawAnswer(theirs, path));
    }
  });

  it('are the same on every request', async () => {
    const ours = await serverWith(async (app) => {
      await app.register(helmetPlugin);
    });
    expect(await rawAnswer(ours, '/data')).toBe(await rawAnswer(ours, '/data'));
  });
});
