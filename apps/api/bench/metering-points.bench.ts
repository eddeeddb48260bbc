// Latency of the overview (GET /api/metering-points) for the demo business (60 metering points in five
// regions), measured with autocannon against a real listening server on a seeded database.
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> pnpm --filter @portal/api exec tsx \
//        bench/metering-points.bench.ts [--duration 15] [--connections 1,8]
// The database needs the demo data (`pnpm db:seed --customers N`); the demo password is DEMO_PASSWORD or
// the default. Prints p50/p95/p99 and requests per second for a few typical overview requests.
import { demoIdentities } from '@portal/demo-data';
import { startBenchServer } from './http-bench.js';

const bench = await startBenchServer(demoIdentities.business.username);
const { app, prisma, authorization } = bench;
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

await bench.measure(requests);
await bench.close();
