// Login throughput: one API process on the PostgreSQL server, N concurrent clients logging in
// (requests injected into the app: Fastify's whole pipeline without the socket).
// Run: pnpm --filter @portal/api exec tsx bench/login.bench.ts [--clients 8] [--logins 200]
// Prints the argon2 verify time and logins per second; needs PostgreSQL at 127.0.0.1:5432.
import { parseArgs } from 'node:util';
import { createPrismaClient, migrate } from '@portal/db';
import { createScratchDatabase } from '@portal/db/testing';
import { buildApp } from '../src/app.js';
import { hashPassword, verifyPassword } from '../src/modules/auth/passwords.js';
import { testConfig } from '../src/testing/test-app.js';

const { values } = parseArgs({
  options: { clients: { type: 'string', default: '8' }, logins: { type: 'string', default: '200' } },
});
const clients = Number(values.clients);
const logins = Number(values.logins);

const database = await createScratchDatabase('server');
await migrate(database.databaseUrl);
const prisma = createPrismaClient(database.databaseUrl);
const password = 'Struja#Zelena42';
const hash = await hashPassword(password);

let t = performance.now();
for (let i = 0; i < 10; i++) await verifyPassword(hash, password);
const verifyMs = (performance.now() - t) / 10;

await prisma.user.createMany({
  data: Array.from({ length: clients }, (_, i) => ({
    personType: 'NATURAL' as const,
    username: `bench${i}`,
    usernameNormalized: `bench${i}`,
    email: `bench${i}@example.rs`,
    emailNormalized: `bench${i}@example.rs`,
    passwordHash: hash,
    emailVerifiedAt: new Date(),
    termsVersion: '2026-01',
    termsAcceptedAt: new Date(),
    privacyVersion: '2026-01',
    privacyAcceptedAt: new Date(),
  })),
});
const app = await buildApp({ config: testConfig({ logLevel: 'silent' }), prisma, logger: false });
await app.ready();

const durations: number[] = [];
let next = 0;
t = performance.now();
await Promise.all(
  Array.from({ length: clients }, async (_, client) => {
    while (next < logins) {
      next++;
      const started = performance.now();
      // In-process requests (the whole Fastify pipeline, no socket), each from its own address so that
      // the per-address login limit measures nothing but the work of a login.
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `10.9.${Math.floor(next / 250)}.${next % 250}`,
        payload: { login: `bench${client}`, password },
      });
      if (response.statusCode !== 200) throw new Error(`login answered ${response.statusCode}`);
      durations.push(performance.now() - started);
    }
  }),
);
const seconds = (performance.now() - t) / 1000;
durations.sort((a, b) => a - b);
const pct = (p: number) =>
  durations[Math.min(durations.length - 1, Math.floor(durations.length * p))]!.toFixed(0);
console.log(`argon2id verify (19 MiB, t=2, p=1): ${verifyMs.toFixed(1)} ms`);
console.log(
  `${logins} logins by ${clients} clients in ${seconds.toFixed(1)} s: ${(logins / seconds).toFixed(1)} logins/s, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms`,
);
await app.close();
await prisma.$disconnect();
await database.drop();
