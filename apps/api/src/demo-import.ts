// Issue 14: the first start loads the demo data the way real data arrives, as the five regions' exports
// read by the same readers and applied by the same writer as the inbox's, so that every first start
// exercises all five formats. Only the price lists (reference data) and the demo users (portal data,
// which no export carries) are written beside the import.
import { mkdir } from 'node:fs/promises';
import pg from 'pg';
import { addDemoUsersAfterImport, writeDemoExports, writeDemoReferenceData } from '@portal/demo-data';
import { belgradeDateOf, type Clock } from '@portal/domain';
import { createImportDeps } from './modules/regional-import/import-deps.js';
import { importExports, type ExportOutcome } from './modules/regional-import/import-exports.js';

export interface DemoImportOptions {
  database: { url: string; embedded: boolean };
  /** where the exports are written and left */
  folder: string;
  customers: number;
  seed?: number;
  clock: Clock;
  demoPassword: string;
  log: (message: string) => void;
}

export interface DemoImportSummary {
  outcomes: ExportOutcome[];
  seconds: number;
}

const since = (started: number) => (Date.now() - started) / 1000;

export async function loadDemoThroughImport(options: DemoImportOptions): Promise<DemoImportSummary> {
  const { database, folder, clock, log } = options;
  const started = Date.now();
  const now = clock.now();
  await writeDemoReferenceData(database.url, { seed: options.seed, useCopy: !database.embedded });
  await mkdir(folder, { recursive: true });
  const written = await writeDemoExports(folder, {
    customers: options.customers,
    seed: options.seed,
    asOf: belgradeDateOf(now),
  });
  log(`demo exports written to ${folder} in ${since(started).toFixed(1)} s`);
  // Only the files just written: the folder may hold other exports (the inbox's processed ones).
  const files = Object.values(written.exports).flatMap((e) => e.files);
  const deps = createImportDeps({ database, clock });
  // Each export is logged as it is applied: region, records, quarantined, seconds.
  const applyExport: typeof deps.applyExport = async (input) => {
    const exportStarted = Date.now();
    const outcome = await deps.applyExport(input);
    log(
      `  ${input.header.region} ${input.name}: ${outcome.status}, ${outcome.records} records, ` +
        `${outcome.quarantined} quarantined, ${since(exportStarted).toFixed(1)} s`,
    );
    return outcome;
  };
  const outcomes = await importExports({ ...deps, applyExport }, files);
  // A demo record that does not apply cleanly is a bug in the demo exports or the importer: say so loudly.
  const failed = outcomes.filter((o) => o.status !== 'applied' || o.quarantined > 0);
  if (failed.length > 0)
    throw new Error(
      `the demo exports did not import cleanly: ${failed
        .map((o) => `${o.file} ${o.status} (${o.quarantined} quarantined${o.reason ? `: ${o.reason}` : ''})`)
        .join('; ')}`,
    );
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await addDemoUsersAfterImport(client, written.links, options.demoPassword, now.toISOString());
  } finally {
    await client.end();
  }
  return { outcomes, seconds: since(started) };
}
