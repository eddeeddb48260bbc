// Writes a large sample export in one format, to check that the writers stream:
//   pnpm --filter @portal/regional-import exec tsx bench/generate-large.ts <format> <folder> --customers N [--seed S]
// About 50 000 customers make 1 GB of uncompressed text. Prints the seconds, the files' sizes and the
// peak memory.
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportFormats, formatOfRegion, regionCodes, writeExport, type ExportFormat } from '../src/index.js';
import { sampleRecords } from '../src/testing/sample-records.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { customers: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
});
const [format, folder] = positionals as [ExportFormat | undefined, string | undefined];
if (!format || !exportFormats.includes(format) || !folder)
  throw new Error(`usage: generate-large.ts <${exportFormats.join('|')}> <folder> --customers N`);
const region = regionCodes.find((code) => formatOfRegion[code] === format)!;
const customers = Number(values.customers);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const started = performance.now();
const header = { region, exportDate: '2026-12-03', sequence: 1, kind: 'FULL' } as const;
const records = sampleRecords({ seed: Number(values.seed), region, customers });
const { files, trailer } = await writeExport(folder, header, records);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);

let bytes = 0;
for (const file of files) bytes += (await stat(file)).size;
const total = Object.values(trailer.counts).reduce((sum, n) => sum + (n ?? 0), 0);
console.log(`${format}: ${customers} customers, ${total} records in ${seconds.toFixed(1)} s`);
console.log(
  `  ${files.length} file(s), ${(bytes / 1e6).toFixed(1)} MB; peak RSS ${(peakRss / 1e6).toFixed(0)} MB`,
);
