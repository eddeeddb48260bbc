// Latency of the supervisor's reports (registrations and payments per day, JSON and CSV) on a seeded
// database: N calls of each request through the real app (app.inject, one at a time), p50/p95/max.
// The demo data has only a handful of portal users, so --users adds that many synthetic customers'
// accounts, registered over the year before --to and linked to random metering points (removed at the
// end), for the registrations report to have something to count.
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> pnpm --filter @portal/api exec tsx \
//        bench/reports.bench.ts [--calls 30] [--users 100000] [--to 2026-11-30]
// It logs in as a supervisor it creates (`mp.<n>.<id>`, left in the database: staff are not counted).
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@portal/db';
import { addDays } from '@portal/domain';
import { createUser } from '../src/testing/customer-data.js';
import { buildTestApp } from '../src/testing/test-app.js';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '30' },
    users: { type: 'string', default: '0' },
    to: { type: 'string' },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL to a database seeded with demo data (pnpm db:seed).');
const calls = Number(values.calls);
const syntheticUsers = Number(values.users);
const prisma = createPrismaClient(databaseUrl);

// The last payment date in the data is "today" of the dataset unless --to says otherwise.
const [latest] = await prisma.$queryRaw<{ last: string | null }[]>`
  SELECT to_char(max(paid_on), 'YYYY-MM-DD') AS last FROM payment`;
const to = values.to ?? latest?.last ?? '2026-11-30';
const yearFrom = addDays(to, -365);
const monthFrom = addDays(to, -29);

const prefix = `bench.reports.${Date.now()}.`;
if (syntheticUsers > 0) {
  const started = performance.now();
  // one statement: accounts spread evenly over the year, each linked to a random metering point
  await prisma.$executeRawUnsafe(
    `INSERT INTO app_user (id, person_type, role, username, username_normalized, email, email_normalized,
                           password_hash, terms_version, terms_accepted_at, privacy_version,
                           privacy_accepted_at, created_at, updated_at)
     SELECT gen_random_uuid(), 'NATURAL', 'CUSTOMER', $1 || n, $1 || n, $1 || n || '@example.rs',
            $1 || n || '@example.rs', 'x', '2026-01', at, '2026-01', at, at, at
       FROM (SELECT n, ($2::date)::timestamptz + (n::float / $3) * interval '366 days' AS at
               FROM generate_series(1, $3) AS n) AS s`,
    prefix,
    yearFrom,
    syntheticUsers,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO user_metering_point (user_id, metering_point_id)
     SELECT u.id, p.ids[1 + floor(random() * cardinality(p.ids))::int]
       FROM app_user u, (SELECT array_agg(id) AS ids FROM metering_point) AS p
      WHERE u.username_normalized LIKE $1 || '%' AND random() < 0.9`,
    prefix,
  );
  await prisma.$executeRawUnsafe('ANALYZE app_user; ANALYZE user_metering_point');
  console.log(
    `added ${syntheticUsers} synthetic users in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const app = await buildTestApp({ prisma });
const supervisor = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR');
const counts = await prisma.$queryRaw<{ customers: number; users: number; payments: number }[]>`
  SELECT (SELECT count(*) FROM customer)::int AS customers,
         (SELECT count(*) FROM app_user WHERE role = 'CUSTOMER')::int AS users,
         (SELECT count(*) FROM payment)::int AS payments`;
console.log(`database: ${JSON.stringify(counts[0])}; reports up to ${to}; ${calls} calls each`);

const requests: Record<string, string> = {
  'registrations, 30 days': `/api/support/reports/registrations?from=${monthFrom}&to=${to}`,
  'registrations, 366 days': `/api/support/reports/registrations?from=${yearFrom}&to=${to}`,
  'registrations, 366 days, BG': `/api/support/reports/registrations?from=${yearFrom}&to=${to}&region=BG`,
  'registrations, 366 days, none': `/api/support/reports/registrations?from=${yearFrom}&to=${to}&region=none`,
  'payments, 30 days': `/api/support/reports/payments?from=${monthFrom}&to=${to}`,
  'payments, 366 days': `/api/support/reports/payments?from=${yearFrom}&to=${to}`,
  'payments, 366 days, BG': `/api/support/reports/payments?from=${yearFrom}&to=${to}&region=BG`,
  'payments, 366 days, portal card': `/api/support/reports/payments?from=${yearFrom}&to=${to}&channel=portal_card`,
  'payments CSV, 366 days': `/api/support/reports/payments/export?from=${yearFrom}&to=${to}`,
};

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
for (const [name, url] of Object.entries(requests)) {
  const timings: number[] = [];
  for (let i = 0; i < calls + 2; i++) {
    const started = performance.now();
    const answer = await app.inject({
      method: 'GET',
      url,
      headers: { authorization: supervisor.authorization },
    });
    if (answer.statusCode !== 200) throw new Error(`${url} answered ${answer.statusCode}: ${answer.body}`);
    if (i >= 2) timings.push(performance.now() - started); // two warm-up calls
  }
  timings.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(34)} p50 ${pct(timings, 0.5).toFixed(1)} ms, p95 ${pct(timings, 0.95).toFixed(1)} ms, ` +
      `max ${timings.at(-1)!.toFixed(1)} ms`,
  );
}

if (syntheticUsers > 0)
  await prisma.$executeRawUnsafe(`DELETE FROM app_user WHERE username_normalized LIKE $1 || '%'`, prefix);
await app.close();
await prisma.$disconnect();
