// Issue 14's benchmark: the regional import against a raw COPY of the same rows, in one run.
//   pnpm exec tsx apps/api/bench/regional-import.bench.ts [--format kv-csv] [--customers N]
//        [--skip-copy] [--skip-delta] [--keep-temp]
// 1. writes a FULL export of N sample customers in the format (the generator streams) and counts it;
// 2. migrates two scratch databases on the PostgreSQL server (TEST_DATABASE_SERVER_URL or 127.0.0.1);
// 3. A: the real path of `pnpm billing:import` (importExports + createImportDeps, COPY on), timed,
//    with the process's peak RSS sampled every 100 ms while it runs;
// 4. B: the rows the import wrote, dumped from A to files (not timed), loaded by COPY in one
//    transaction (timed) into the same migrated tables;
// 5. the ratio, then a one-day DELTA on top of A (per customer, to scale); drops databases and files.
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from '@portal/db';
import { createScratchDatabase, type ScratchDatabase } from '@portal/db/testing';
import { fixedClock } from '@portal/domain';
import {
  exportFormats,
  formatOfRegion,
  regionCodes,
  writeExport,
  type ExportFormat,
  type ExportRecord,
} from '@portal/regional-import';
import { sampleRecords } from '@portal/regional-import/testing';
import { createImportDeps } from '../src/modules/regional-import/import-deps.js';
import { importExports } from '../src/modules/regional-import/import-exports.js';
import { deltaHeader, deltaRecords } from './regional-import/delta.js';
import { countRows, dumpTables, loadTables } from './regional-import/raw-copy.js';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'kv-csv' },
    customers: { type: 'string', default: '20000' },
    'skip-copy': { type: 'boolean', default: false },
    'skip-delta': { type: 'boolean', default: false },
  },
});
const format = values.format as ExportFormat;
if (!exportFormats.includes(format)) throw new Error(`--format must be one of ${exportFormats.join(', ')}`);
const customers = Number(values.customers);
const region = regionCodes.find((code) => formatOfRegion[code] === format)!;
const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const log = (message: string) => console.log(message);

/** Counts the records per type on their way to the writer. */
function* counted(records: Iterable<ExportRecord>, counts: Map<string, number>): Generator<ExportRecord> {
  for (const record of records) {
    counts.set(record.type, (counts.get(record.type) ?? 0) + 1);
    yield record;
  }
}

async function folderSize(folder: string): Promise<number> {
  let bytes = 0;
  for (const file of await readdir(folder)) bytes += (await stat(join(folder, file))).size;
  return bytes;
}

/** Runs `fn` and answers its seconds and the highest RSS seen meanwhile (sampled every 100 ms). */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; seconds: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const started = performance.now();
  try {
    const result = await fn();
    return { result, seconds: (performance.now() - started) / 1000, peakRss };
  } finally {
    clearInterval(sampler);
  }
}

async function importFolder(databaseUrl: string, folder: string) {
  // a line every 30 s: a long (1 GB) run still leaves the peak of what it read and staged so far
  let read = 0;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const progress = setInterval(() => log(`  ... ${read} records read, peak RSS so far ${mb(peak)}`), 30_000);
  const deps = createImportDeps({
    database: { url: databaseUrl, embedded: false },
    clock: fixedClock('2027-01-04T06:00:00Z'),
    onProgress: (_source, records) => (read = records),
    onPhase: (phase, ms) => phases.set(phase, (phases.get(phase) ?? 0) + ms),
  });
  const phases = new Map<string, number>();
  const outcomes = await importExports(deps, [folder]).finally(() => {
    clearInterval(sampler);
    clearInterval(progress);
  });
  log(`  phases: ${[...phases].map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)} s`).join(', ')}`);
  for (const outcome of outcomes)
    if (outcome.status !== 'applied') throw new Error(`${outcome.file}: ${outcome.status} ${outcome.reason}`);
  return outcomes;
}

const temp = await mkdtemp(join(tmpdir(), 'regional-import-bench-'));
const databases: ScratchDatabase[] = [];
try {
  log(`load average before: ${load()}`);
  const fullFolder = join(temp, 'full');
  const counts = new Map<string, number>();
  const generated = await measured(() =>
    writeExport(
      fullFolder,
      { region, exportDate: '2026-12-03', sequence: 1, kind: 'FULL' },
      counted(sampleRecords({ seed: 1, region, customers }), counts),
    ),
  );
  const records = [...counts.values()].reduce((sum, n) => sum + n, 0);
  log(
    `${format} FULL export of ${customers} customers: ${records} records, ${mb(await folderSize(fullFolder))}, ` +
      `written in ${generated.seconds.toFixed(1)} s`,
  );
  log(`  ${[...counts].map(([type, n]) => `${type} ${n}`).join(', ')}`);

  for (let i = 0; i < 2; i++) {
    const database = await createScratchDatabase('server', serverUrl);
    databases.push(database);
    await migrate(database.databaseUrl, { log: () => {} });
  }
  const [a, b] = databases as [ScratchDatabase, ScratchDatabase];

  const rssBefore = process.memoryUsage().rss;
  const imported = await measured(() => importFolder(a.databaseUrl, fullFolder));
  const rows = await countRows(a.databaseUrl);
  const written = Object.values(rows).reduce((sum, n) => sum + n, 0);
  log(`A, import (pnpm billing:import's path): ${imported.seconds.toFixed(1)} s`);
  log(
    `  ${Math.round(records / imported.seconds)} records/s, ${Math.round(written / imported.seconds)} rows/s`,
  );
  log(
    `  rows written: ${written} (${Object.entries(rows)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')})`,
  );
  log(`  RSS before ${mb(rssBefore)}, peak during the import ${mb(imported.peakRss)}`);
  log(`  load average after: ${load()}`);

  if (!values['skip-copy']) {
    const dump = join(temp, 'copy');
    await rm(dump, { recursive: true, force: true });
    await mkdir(dump);
    await dumpTables(a.databaseUrl, dump);
    const seconds = await loadTables(b.databaseUrl, dump);
    const copied = Object.values(await countRows(b.databaseUrl)).reduce((sum, n) => sum + n, 0);
    if (copied !== written) throw new Error(`B holds ${copied} rows, A ${written}`);
    log(
      `B, raw COPY of the same ${copied} rows (${mb(await folderSize(dump))} of COPY text), one transaction:`,
    );
    log(`  ${seconds.toFixed(1)} s, ${Math.round(copied / seconds)} rows/s; load average after: ${load()}`);
    log(`ratio import/COPY (rows/s): ${(seconds / imported.seconds).toFixed(3)} (goal >= 0.5)`);
    await rm(dump, { recursive: true, force: true });
  }

  if (!values['skip-delta']) {
    const deltaFolder = join(temp, 'delta');
    const deltaCounts = new Map<string, number>();
    await writeExport(
      deltaFolder,
      deltaHeader(region),
      counted(deltaRecords(region, customers), deltaCounts),
    );
    const deltaTotal = [...deltaCounts.values()].reduce((sum, n) => sum + n, 0);
    const delta = await measured(() => importFolder(a.databaseUrl, deltaFolder));
    log(
      `one-day DELTA on A (${[...deltaCounts].map(([t, n]) => `${t} ${n}`).join(', ')}; ${deltaTotal} records): ` +
        `${delta.seconds.toFixed(2)} s, ${((delta.seconds / customers) * 1e3).toFixed(4)} ms per customer in the database`,
    );
  }
  log(`process maxRSS (whole run, generation included): ${mb(process.resourceUsage().maxRSS * 1024)}`);
} finally {
  for (const database of databases) await database.drop();
  await rm(temp, { recursive: true, force: true });
}
