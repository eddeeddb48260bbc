// Latency of the overview (GET /api/metering-points) for the demo business (60 metering points in five
// regions), measured with autocannon against a real listening server on a seeded database.
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> pnpm --filter @portal/api exec tsx \
//        bench/metering-points.bench.ts [--duration 15] [--connections 1,8]
// The database needs the demo data (`pnpm db:seed --customers N`); the demo password is DEMO_PASSWORD or
// the default. Prints p50/p95/p99 and requests per second for a few typical overview requests.
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { createPrismaClient } from '@portal/db';
import { demoIdentities } from '@portal/demo-data';
import autocannon from 'autocannon';
import Fastify, { type RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { portalApp } from '../src/app.js';
import { testConfig } from '../src/testing/test-app.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '1,8' },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL to a database seeded with demo data (pnpm db:seed).');

const prisma = createPrismaClient(databaseUrl);
const app = Fastify({ logger: false });
// Every autocannon connection comes from 127.0.0.1: the per-address limit of 300 requests a minute would
// measure nothing but 429s, so the bench turns it off (and only it) for its routes.
app.addHook('onRoute', (route: RouteOptions) => {
  route.config = { ...(route.config as object), rateLimit: false } as RouteOptions['config'];
});
await app.register(fp(portalApp, { name: 'portal-app' }), {
  config: testConfig({ logLevel: 'silent' }),
  prisma,
});
await app.listen({ host: '127.0.0.1', port: 0 });
const { port } = app.server.address() as AddressInfo;

const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { login: demoIdentities.business.username, password: process.env.DEMO_PASSWORD ?? 'Demo#2026!' },
});
if (login.statusCode !== 200) throw new Error(`demo.business could not log in: ${login.body}`);
const authorization = `Bearer ${login.json().accessToken}`;

const first = await app.inject({ method: 'GET', url: '/api/metering-points', headers: { authorization } });
const { total, totalToPay } = first.json();
const customers = await prisma.customer.count();
console.log(
  `database: ${customers} customers; demo.business has ${total} metering points, to pay ${totalToPay}`,
);

const requests = {
  'first page (20, default sort)': '/api/metering-points',
  'all 60, by balance desc': '/api/metering-points?pageSize=100&sort=balance&order=desc',
  'search "Београд"': `/api/metering-points?q=${encodeURIComponent('Београд')}`,
  'overdue only, by due date': '/api/metering-points?overdue=true&sort=dueDate',
};

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

for (const connections of values.connections.split(',').map(Number)) {
  for (const [name, path] of Object.entries(requests)) {
    const latencies: number[] = [];
    let failed = 0;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${port}${path}`,
          headers: { authorization },
          connections,
          duration: Number(values.duration),
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode === 200) latencies.push(responseTime);
        else failed++;
      });
    });
    if (failed > 0) throw new Error(`${path}: ${failed} answers were not 200`);
    latencies.sort((a, b) => a - b);
    console.log(
      `${connections} conn, ${name.padEnd(30)} ${String(latencies.length).padStart(6)} requests, ` +
        `${result.requests.average.toFixed(0).padStart(5)} req/s, p50 ${pct(latencies, 0.5).toFixed(1)} ms, ` +
        `p95 ${pct(latencies, 0.95).toFixed(1)} ms, p99 ${pct(latencies, 0.99).toFixed(1)} ms` +
        (result.non2xx ? `, ${result.non2xx} non-2xx` : ''),
    );
  }
}
await app.close();
await prisma.$disconnect();
