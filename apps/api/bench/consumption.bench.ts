// Latency of the consumption endpoint (three years of billing periods) for the demo household,
// measured with autocannon against a real listening server on a seeded database.
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> pnpm --filter @portal/api exec tsx \
//        bench/consumption.bench.ts [--duration 15] [--connections 1,8]
import { demoIdentities } from '@portal/demo-data';
import { startBenchServer } from './http-bench.js';

const bench = await startBenchServer(demoIdentities.household.username);
const { app, prisma, authorization } = bench;
const overview = await app.inject({ method: 'GET', url: '/api/metering-points', headers: { authorization } });
const pointId = overview.json().items[0].id as string;
console.log(
  `database: ${await prisma.customer.count()} customers; demo.household's metering point ${pointId}`,
);

await bench.measure({
  'three years (default)': `/api/metering-points/${pointId}/consumption`,
  'one year': `/api/metering-points/${pointId}/consumption?from=2025-11-01&to=2026-10-31`,
  'CSV export': `/api/metering-points/${pointId}/consumption/export?format=csv`,
  'account sum': '/api/consumption',
});
await bench.close();
