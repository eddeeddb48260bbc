// Does latency stay flat as data grows? The portal on a small and on a large dataset, each in a process
// of its own (vs-bare/serve.ts), the same demo user and the same requests (the overview, its first
// metering point's bills, newest bill, payments and consumption: demo users' data do not depend on the
// dataset's size), in alternating runs. Prints per route and connection count the median p95 on both
// and their ratio large/small (the goal of the issue "Scale": within 1.2).
//
// Run (two databases seeded with `pnpm db:seed --customers N`):
//   SMALL_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_10k \
//   LARGE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_100k \
//   pnpm --filter @portal/api exec tsx bench/scale/scale.bench.ts [--rounds 3] [--duration 5] \
//     [--connections 1,10] [--routes bills,bill]
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { demoIdentities } from '@portal/demo-data';
import { loadTest, median, type LoadTestRun } from '../http-bench.js';
import type { Served } from '../vs-bare/serve.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,10' },
    routes: { type: 'string' },
  },
});

const datasets = { small: process.env.SMALL_DATABASE_URL, large: process.env.LARGE_DATABASE_URL };
type Dataset = keyof typeof datasets;
if (!datasets.small || !datasets.large) throw new Error('Set SMALL_DATABASE_URL and LARGE_DATABASE_URL.');

function serve(dataset: Dataset) {
  const child = fork(
    new URL('../vs-bare/serve.ts', import.meta.url),
    ['portal', demoIdentities.business.username],
    {
      env: { ...process.env, DATABASE_URL: datasets[dataset] },
    },
  );
  const served = new Promise<Served>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Served));
    child.once('exit', (code) =>
      reject(new Error(`the ${dataset} server ended (${code}) before it listened`)),
    );
  });
  return { child, served };
}

/** The same five requests on one dataset's server (its own ids). */
async function requestsOf(served: Served): Promise<Record<string, string>> {
  const get = async (path: string) => {
    const response = await fetch(`${served.url}${path}`, {
      headers: { authorization: served.authorization! },
    });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { items: { id: string }[] };
  };
  const point = (await get('/api/metering-points')).items[0]!.id;
  const bill = (await get(`/api/metering-points/${point}/bills`)).items[0]!.id;
  return {
    overview: '/api/metering-points',
    bills: `/api/metering-points/${point}/bills`,
    bill: `/api/bills/${bill}`,
    payments: `/api/metering-points/${point}/payments`,
    consumption: `/api/metering-points/${point}/consumption`,
  };
}

const processes = { small: serve('small'), large: serve('large') };
const servers = { small: await processes.small.served, large: await processes.large.served };
const requests = { small: await requestsOf(servers.small), large: await requestsOf(servers.large) };
const chosen = values.routes?.split(',') ?? Object.keys(requests.small);
const connectionCounts = values.connections.split(',').map(Number);

const runs = new Map<string, Record<Dataset, LoadTestRun[]>>();
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const connections of connectionCounts) {
    for (const name of chosen) {
      const key = `${connections} conn ${name}`;
      const result = runs.get(key) ?? { small: [], large: [] };
      runs.set(key, result);
      // small first in odd rounds, large first in even ones: neither always meets a warmer machine
      const order: Dataset[] = round % 2 === 1 ? ['small', 'large'] : ['large', 'small'];
      for (const dataset of order) {
        const served = servers[dataset];
        result[dataset].push(
          await loadTest(`${served.url}${requests[dataset][name]}`, {
            authorization: served.authorization!,
            connections,
            duration: Number(values.duration),
          }),
        );
      }
      const [s, l] = [result.small.at(-1)!, result.large.at(-1)!];
      console.log(
        `round ${round} ${key.padEnd(24)} p95 small ${s.p95.toFixed(1).padStart(6)} ms, ` +
          `large ${l.p95.toFixed(1).padStart(6)} ms (${s.perSecond.toFixed(0)} / ${l.perSecond.toFixed(0)} req/s)`,
      );
    }
  }
}

console.log(
  `\n${values.rounds} rounds of ${values.duration} s; medians over the rounds\n` +
    'route                     small p95   large p95  ratio  small req/s  large req/s',
);
for (const [key, { small, large }] of runs) {
  const [smallP95, largeP95] = [median(small.map((run) => run.p95)), median(large.map((run) => run.p95))];
  console.log(
    `${key.padEnd(24)} ${smallP95.toFixed(1).padStart(7)} ms ${largeP95.toFixed(1).padStart(8)} ms` +
      `  ${(largeP95 / smallP95).toFixed(2).padStart(5)} ${median(small.map((run) => run.perSecond))
        .toFixed(0)
        .padStart(12)} ${median(large.map((run) => run.perSecond))
        .toFixed(0)
        .padStart(12)}`,
  );
}

processes.small.child.disconnect();
processes.large.child.disconnect();
