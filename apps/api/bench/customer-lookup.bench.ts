// Latency of staff's customer look-up (GET /api/support/customers?q=) by each kind of text, through the
// real app (app.inject, one call at a time, as a support agent with TOTP): p50/p95/max per kind.
// --customers N adds N synthetic customers (a billing account and a metering point each, names from
// Serbian first and last names in both scripts) before it
// measures, so that an empty, migrated database is enough. Use a throwaway database:
//   createdb -h 127.0.0.1 -U postgres bench_lookup
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_lookup pnpm db:migrate
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_lookup pnpm --filter @portal/api exec tsx \
//     bench/customer-lookup.bench.ts --customers 100000 [--rounds 40]
//   dropdb -h 127.0.0.1 -U postgres bench_lookup
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@portal/db';
import { createUser } from '../src/testing/customer-data.js';
import { buildTestApp } from '../src/testing/test-app.js';

const { values } = parseArgs({
  options: { customers: { type: 'string', default: '0' }, rounds: { type: 'string', default: '40' } },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL to a migrated throwaway database.');
const synthetic = Number(values.customers);
const rounds = Number(values.rounds);
const prisma = createPrismaClient(databaseUrl);

const firstNames = [
  'Marko',
  'Јелена',
  'Đorđe',
  'Милица',
  'Nikola',
  'Ана',
  'Stefan',
  'Љиљана',
  'Miloš',
  'Драгана',
];
const lastNames = [
  'Petrović',
  'Јовановић',
  'Nikolić',
  'Ђорђевић',
  'Marković',
  'Илић',
  'Stojanović',
  'Живковић',
];

if (synthetic > 0) {
  const started = performance.now();
  // names are first × last × a serial, in the script of each list; JMBG and billing numbers unique
  await prisma.$executeRawUnsafe(
    `INSERT INTO customer (id, region_id, source_id, person_type, jmbg, name, delivery_street,
                           delivery_postal_code, delivery_city)
     SELECT gen_random_uuid(), (ARRAY['BG','NS','NI','KG','KV'])[1 + n % 5], 'bench' || n, 'NATURAL',
            lpad((1000000000000 + n * 7919)::text, 13, '0'),
            ($1::text[])[1 + n % cardinality($1::text[])] || ' ' || ($2::text[])[1 + (n / 10) % cardinality($2::text[])] || ' ' || n,
            'Bulevar ' || n, '11000', 'Beograd'
       FROM generate_series(1, $3) AS n`,
    firstNames,
    lastNames,
    synthetic,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO billing_account (id, region_id, customer_id, number, subscriber_number)
     SELECT gen_random_uuid(), c.region_id, c.id, '8' || lpad(substr(c.source_id, 6), 9, '0'), 'B' || c.source_id
       FROM customer c WHERE c.source_id LIKE 'bench%'`,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO metering_point (id, region_id, billing_account_id, ed_number, eic, category, rate_type,
                                 approved_power_kw, billing_power_kw, street, postal_code, city, status)
     SELECT gen_random_uuid(), b.region_id, b.id, 'ED' || substr(b.number, 2), '38Z' || lpad(substr(b.number, 2), 13, '0'),
            'HOUSEHOLD', 'DUAL', 6.9, 6.9, 'Bulevar 1', '11000', 'Beograd', 'ACTIVE'
       FROM billing_account b WHERE b.subscriber_number LIKE 'Bbench%'`,
  );
  await prisma.$executeRawUnsafe('ANALYZE customer; ANALYZE billing_account; ANALYZE metering_point');
  console.log(
    `added ${synthetic} synthetic customers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const app = await buildTestApp({ prisma });
const support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
const sample = await prisma.$queryRaw<
  { number: string; ed: string; eic: string; jmbg: string; name: string }[]
>`
  SELECT b.number, m.ed_number AS ed, m.eic, c.jmbg, c.name
    FROM customer c JOIN billing_account b ON b.customer_id = c.id JOIN metering_point m ON m.billing_account_id = b.id
   WHERE c.jmbg IS NOT NULL ORDER BY random() LIMIT ${rounds}`;
const [counts] = await prisma.$queryRaw<
  { customers: number }[]
>`SELECT count(*)::int AS customers FROM customer`;
console.log(`database: ${counts!.customers} customers; ${sample.length} texts of each kind`);

const kinds: Record<string, (row: (typeof sample)[number]) => string> = {
  'billing number': (row) => row.number,
  'ED number': (row) => row.ed,
  EIC: (row) => row.eic.toLowerCase(),
  'JMBG, last 6 digits': (row) => row.jmbg.slice(-6),
  'surname, other script, no diacritics': (row) =>
    row.name
      .split(' ')[1]!
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  'full name as typed': (row) => row.name,
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
for (const [kind, text] of Object.entries(kinds)) {
  const times: number[] = [];
  for (const row of sample) {
    const started = performance.now();
    const answer = await app.inject({
      method: 'GET',
      url: `/api/support/customers?q=${encodeURIComponent(text(row))}`,
      headers: { authorization: support.authorization },
    });
    times.push(performance.now() - started);
    if (answer.statusCode !== 200) throw new Error(`${kind}: ${answer.statusCode} ${answer.body}`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${kind.padEnd(40)} p50 ${percentile(times, 0.5).toFixed(1).padStart(7)} ms  p95 ${percentile(times, 0.95).toFixed(1).padStart(7)} ms  max ${times.at(-1)!.toFixed(1).padStart(7)} ms`,
  );
}
await app.close();
await prisma.$disconnect();
