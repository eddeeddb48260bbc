// pnpm billing:demo-exports <folder> [--day YYYY-MM-DD] [--customers N] [--seed S] [--months M]
// Writes the demo data as the five regions' exports: each region's FULL export as of the day before
// `day` (sequence 1), then its DELTA for `day` (sequence 2), so that an import can be watched picking up
// a day's new bills, payments and notices. `day` defaults to today in Belgrade (CLOCK_START moves it).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { archiveWindow, belgradeDateOf, clockFrom, isIsoDate } from '@portal/domain';
import type { WrittenExport } from '@portal/regional-import';
import { basename } from 'node:path';
import { writeDemoDay } from './demo-exports.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    day: { type: 'string' },
    customers: { type: 'string', default: '300' },
    seed: { type: 'string', default: '2026' },
    months: { type: 'string', default: String(archiveWindow.months) },
  },
});
const usage =
  'usage: pnpm billing:demo-exports <folder> [--day YYYY-MM-DD] [--customers N] [--seed S] [--months M]';
if (positionals.length !== 1) throw new Error(usage);
const day = values.day ?? belgradeDateOf(clockFrom(process.env.CLOCK_START || undefined).now());
const customers = Number(values.customers);
if (!isIsoDate(day)) throw new Error(`--day must be a date YYYY-MM-DD\n${usage}`);
if (!Number.isInteger(customers) || customers < 0) throw new Error('--customers must be a whole number');
// pnpm runs root scripts in the repository's root: a relative folder means the caller's.
const folder = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);

console.log(
  `Writing demo exports to ${folder}: ${customers} customers + the demo accounts, FULL and ${day}'s DELTA…`,
);
const started = Date.now();
const written = await writeDemoDay(folder, {
  day,
  customers,
  seed: Number(values.seed),
  months: Number(values.months),
});

const describe = (label: string, exports: Record<string, WrittenExport>) => {
  console.log(label);
  for (const [region, { files, trailer }] of Object.entries(exports)) {
    const counts = Object.entries(trailer.counts)
      .map(([type, n]) => `${n} ${type}`)
      .join(', ');
    const name = basename(files.at(-1) ?? '');
    console.log(
      `  ${region} ${name}: ${counts || 'nothing'}; bills ${trailer.sumBills}, payments ${trailer.sumPayments}`,
    );
  }
};
describe('FULL (sequence 1):', written.full.exports);
describe(`DELTA ${day} (sequence 2):`, written.delta);
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
