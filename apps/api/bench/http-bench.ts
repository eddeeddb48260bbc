// Shared by the HTTP benchmarks: the real app listening on a seeded database (DATABASE_URL), a demo
// user's token, and autocannon runs that print p50/p95/p99 and requests per second.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@portal/db';
import autocannon from 'autocannon';
import Fastify, { type RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { portalApp } from '../src/app.js';
import type { Config } from '../src/config.js';
import { testConfig } from '../src/testing/test-app.js';

export async function startBenchServer(username: string, config: Partial<Config> = {}) {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '15' },
      connections: { type: 'string', default: '1,8' },
    },
    strict: false, // a bench may take options of its own
  });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('Set DATABASE_URL to a database seeded with demo data (pnpm db:seed).');
  const prisma = createPrismaClient(databaseUrl);
  const app = Fastify({ logger: false });
  // Every autocannon connection comes from 127.0.0.1: the per-address limit of 300 requests a minute
  // would measure nothing but 429s, so the bench turns it off (and only it) for its routes.
  app.addHook('onRoute', (route: RouteOptions) => {
    route.config = { ...(route.config as object), rateLimit: false } as RouteOptions['config'];
  });
  await app.register(fp(portalApp, { name: 'portal-app' }), {
    config: testConfig({ logLevel: 'silent', ...config }),
    prisma,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  app.config.publicUrl = `http://127.0.0.1:${port}`;

  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login: username, password: process.env.DEMO_PASSWORD ?? 'Demo#2026!' },
  });
  if (login.statusCode !== 200) throw new Error(`${username} could not log in: ${login.body}`);
  const authorization = `Bearer ${login.json().accessToken}`;

  /** Runs every request for every connection count of --connections, for --duration seconds each. */
  async function measure(requests: Record<string, string>): Promise<void> {
    for (const connections of String(values.connections).split(',').map(Number)) {
      for (const [name, path] of Object.entries(requests)) {
        const run = await loadTest(`http://127.0.0.1:${port}${path}`, {
          authorization,
          connections,
          duration: Number(values.duration),
        });
        console.log(
          `${connections} conn, ${name.padEnd(30)} ${String(run.requests).padStart(6)} requests, ` +
            `${run.perSecond.toFixed(0).padStart(5)} req/s, p50 ${run.p50.toFixed(1)} ms, ` +
            `p95 ${run.p95.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms`,
        );
      }
    }
  }

  return {
    app,
    prisma,
    authorization,
    url: `http://127.0.0.1:${port}`,
    measure,
    async close() {
      await app.close();
      await prisma.$disconnect();
    },
  };
}

/** The middle of the rounds' figures (the mean of the two middle ones for an even count). */
export function median(numbers: number[]): number {
  const sorted = [...numbers].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export interface LoadTestRun {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** One autocannon run against `url`; throws when any answer is not 200. */
export async function loadTest(
  url: string,
  options: { authorization: string; connections: number; duration: number },
): Promise<LoadTestRun> {
  const latencies: number[] = [];
  let failed = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        headers: { authorization: options.authorization },
        connections: options.connections,
        duration: options.duration,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else failed++;
    });
  });
  if (failed > 0) throw new Error(`${url}: ${failed} answers were not 200`);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: result.requests.average,
    p50: pct(latencies, 0.5),
    p95: pct(latencies, 0.95),
    p99: pct(latencies, 0.99),
  };
}
