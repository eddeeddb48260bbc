// pnpm db:seed [--customers N] [--seed S] [--as-of YYYY-MM-DD] [--months M]; CLOCK_START moves "now"
// Loads demo data into DATABASE_URL (or the embedded database in DATA_DIR), only if it is empty.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@portal/db';
import { archiveWindow, clockFrom } from '@portal/domain';
import { generateDemoData, isDatabaseEmpty } from './generate.js';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '300' },
    seed: { type: 'string', default: '2026' },
    'as-of': { type: 'string' },
    months: { type: 'string', default: String(archiveWindow.months) },
  },
});
const customers = Number(values.customers);
if (!Number.isInteger(customers) || customers < 0) throw new Error('--customers must be a whole number');

const db = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR ?? resolve(import.meta.dirname, '../../../.data'),
  log: console.log,
});
try {
  if (!(await isDatabaseEmpty(db.databaseUrl))) {
    console.log('The database already has data; demo data goes only into an empty database.');
  } else {
    console.log(`Generating demo data: ${customers} customers + the demo accounts, ${values.months} months…`);
    const summary = await generateDemoData({
      databaseUrl: db.databaseUrl,
      customers,
      seed: Number(values.seed),
      now: clockFrom(process.env.CLOCK_START || undefined).now(),
      asOf: values['as-of'],
      months: Number(values.months),
      demoPassword: process.env.DEMO_PASSWORD ?? 'Demo#2026!',
      useCopy: !db.embedded,
      log: console.log,
    });
    console.log(`Done in ${summary.seconds.toFixed(1)} s:`);
    for (const [table, count] of Object.entries(summary.rows)) {
      console.log(
        `  ${table.padEnd(20)} ${String(count).padStart(10)} rows  ${summary.writeSeconds[table] ?? 0} s writing`,
      );
    }
  }
} finally {
  await db.close();
}
