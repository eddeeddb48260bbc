// The portal against a bare server (bare-server.ts) on the same database, for the customer routes: the
// same user's token, the same ids, the same requests, in alternating runs (bare, portal, bare, portal…),
// each server in a process of its own and autocannon in this one. Prints per route both servers'
// req/s and p95 (the median over the rounds), the ratio portal/bare and the spread of the per-round
// ratios (the noise). First it checks that both answer the same JSON for each request, and stops if not.
//
// Run (a database seeded with demo data, e.g. 10,000 customers):
//   createdb -h 127.0.0.1 -U postgres bench_bare_10k
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_bare_10k pnpm db:seed --customers 10000
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_bare_10k pnpm --filter @portal/api exec \
//     tsx bench/vs-bare/vs-bare.bench.ts [--rounds 3] [--duration 5] [--connections 10] [--routes bills,bill]
//     [--cpu-prof-dir /tmp/profiles]
//   dropdb -h 127.0.0.1 -U postgres bench_bare_10k
// The user is demo.business (60 metering points); the metering point is the overview's first, the bill
// its newest. The goal (issue "Scale"): every route at 0.7 of the bare server or better.
import { fork } from 'node:child_process';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { demoIdentities } from '@portal/demo-data';
import { loadTest, median, type LoadTestRun } from '../http-bench.js';
import type { Served } from './serve.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    routes: { type: 'string' },
    /** CPU profiles of both servers (node --cpu-prof) into this folder */
    'cpu-prof-dir': { type: 'string' },
  },
});

function serve(kind: 'portal' | 'bare') {
  const profile = values['cpu-prof-dir'];
  const child = fork(new URL('./serve.ts', import.meta.url), [kind, demoIdentities.business.username], {
    execArgv: [...process.execArgv, ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])],
  });
  const served = new Promise<Served>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Served));
    child.once('exit', (code) => reject(new Error(`the ${kind} server ended (${code}) before it listened`)));
  });
  return { child, served };
}

const portalProcess = serve('portal');
const bareProcess = serve('bare');
const [portal, bare] = await Promise.all([portalProcess.served, bareProcess.served]);
const authorization = portal.authorization!;

async function get(base: string, path: string): Promise<unknown> {
  const response = await fetch(`${base}${path}`, { headers: { authorization } });
  if (response.status !== 200) throw new Error(`${base}${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const overview = (await get(portal.url, '/api/metering-points')) as { items: { id: string }[] };
const point = overview.items[0]!.id;
const bills = (await get(portal.url, `/api/metering-points/${point}/bills`)) as { items: { id: string }[] };
const requests: Record<string, string> = {
  overview: '/api/metering-points',
  bills: `/api/metering-points/${point}/bills`,
  bill: `/api/bills/${bills.items[0]!.id}`,
  payments: `/api/metering-points/${point}/payments`,
  consumption: `/api/metering-points/${point}/consumption`,
};
const chosen = values.routes?.split(',') ?? Object.keys(requests);

/** The paths where two answers differ (at most a few), for the check. */
function differences(a: unknown, b: unknown, path = '$'): string[] {
  if (isDeepStrictEqual(a, b)) return [];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return [`${path}: portal ${JSON.stringify(a)}, bare ${JSON.stringify(b)}`];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .flatMap((key) =>
      differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`),
    )
    .slice(0, 5);
}

let same = true;
for (const name of chosen) {
  const diff = differences(await get(portal.url, requests[name]!), await get(bare.url, requests[name]!));
  console.log(
    `check ${name.padEnd(12)} ${diff.length === 0 ? 'same JSON' : `DIFFERENT:\n  ${diff.join('\n  ')}`}`,
  );
  same &&= diff.length === 0;
}

const runs: Record<string, { bare: LoadTestRun[]; portal: LoadTestRun[] }> = {};
if (same) {
  const options = {
    authorization,
    connections: Number(values.connections),
    duration: Number(values.duration),
  };
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const name of chosen) {
      const result = (runs[name] ??= { bare: [], portal: [] });
      // bare first in odd rounds, portal first in even ones: neither always meets a warmer machine
      const order = round % 2 === 1 ? (['bare', 'portal'] as const) : (['portal', 'bare'] as const);
      for (const kind of order) {
        const base = kind === 'bare' ? bare.url : portal.url;
        result[kind].push(await loadTest(`${base}${requests[name]}`, options));
      }
      const [b, p] = [result.bare.at(-1)!, result.portal.at(-1)!];
      console.log(
        `round ${round} ${name.padEnd(12)} bare ${b.perSecond.toFixed(0).padStart(5)} req/s, ` +
          `portal ${p.perSecond.toFixed(0).padStart(5)} req/s, ratio ${(p.perSecond / b.perSecond).toFixed(2)}`,
      );
    }
  }
  console.log(
    `\n${values.connections} connections, ${values.rounds} rounds of ${values.duration} s; medians over the rounds\n` +
      'route         bare req/s  portal req/s  ratio  (rounds min-max)  bare p95  portal p95',
  );
  for (const [name, { bare: b, portal: p }] of Object.entries(runs)) {
    const ratios = p.map((run, i) => run.perSecond / b[i]!.perSecond);
    const bareRate = median(b.map((run) => run.perSecond));
    const portalRate = median(p.map((run) => run.perSecond));
    console.log(
      `${name.padEnd(12)} ${bareRate.toFixed(0).padStart(11)} ${portalRate.toFixed(0).padStart(13)}` +
        `  ${(portalRate / bareRate).toFixed(2).padStart(5)}  (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)})` +
        `       ${median(b.map((run) => run.p95))
          .toFixed(1)
          .padStart(6)} ms ${median(p.map((run) => run.p95))
          .toFixed(1)
          .padStart(7)} ms`,
    );
  }
}

portalProcess.child.disconnect();
bareProcess.child.disconnect();
if (!same) process.exitCode = 1;
