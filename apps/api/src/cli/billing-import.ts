// pnpm billing:import [--json] <file-or-folder>...
// Applies regional billing exports to DATABASE_URL (or the embedded database in DATA_DIR): each
// region's in sequence order, each whole or not at all. Exits 1 when an export was refused.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@portal/db';
import { clockFrom } from '@portal/domain';
import { createImportDeps } from '../modules/regional-import/import-deps.js';
import { importExports, type ExportOutcome } from '../modules/regional-import/import-exports.js';

const usage = 'usage: pnpm billing:import [--json] <file-or-folder>...';
const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
if (values.help || positionals.length === 0) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}

// pnpm runs root scripts in the repository root; paths are the caller's (INIT_CWD).
const cwd = process.env.INIT_CWD ?? process.cwd();
const log = values.json ? () => {} : (message: string) => console.error(message);
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: resolve(cwd, process.env.DATA_DIR ?? resolve(import.meta.dirname, '../../../../.data')),
  log,
});
const showProgress = !values.json && process.stderr.isTTY;

function describe(outcome: ExportOutcome): string {
  const what = `${outcome.file}: ${outcome.status}`;
  const counts =
    outcome.records || outcome.quarantined
      ? `, ${outcome.records} records, ${outcome.quarantined} quarantined`
      : '';
  return `${what}${counts}${outcome.reason ? ` (${outcome.reason})` : ''}`;
}

async function importAll(): Promise<ExportOutcome[]> {
  try {
    const deps = createImportDeps({
      database: { url: database.databaseUrl, embedded: database.embedded },
      clock: clockFrom(process.env.CLOCK_START || undefined),
      ...(showProgress
        ? {
            onProgress: (source: { name: string }, records: number) =>
              process.stderr.write(`\r${source.name}: ${records.toLocaleString('en')} records read`),
          }
        : {}),
    });
    return await importExports(
      deps,
      positionals.map((path) => resolve(cwd, path)),
    );
  } finally {
    if (showProgress) process.stderr.write('\n');
    await database.close();
  }
}

const outcomes = await importAll();
for (const outcome of outcomes) {
  if (values.json) {
    const { files: _files, ...line } = outcome;
    console.log(JSON.stringify(line));
  } else console.log(describe(outcome));
}
process.exit(outcomes.some((outcome) => outcome.status === 'refused') ? 1 : 0);
