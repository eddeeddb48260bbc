// Runs applyExport on a large test export in a process of its own, so that a test can kill it in the
// middle (crash safety). PAUSE_AT: after that many records it says "paused" and waits to be killed.
import { fixedClock } from '@portal/domain';
import type { RawRecord } from '@portal/regional-import';
import { applyExport } from '../modules/regional-import/apply-export.js';
import { largeExport } from './regional-exports.js';

const env = process.env;
const exp = largeExport('KG', Number(env.HOUSEHOLDS));
const pauseAt = Number(env.PAUSE_AT ?? 0);

async function* records(): AsyncGenerator<RawRecord> {
  let read = 0;
  for (const record of exp.records) {
    if (++read === pauseAt) {
      process.stdout.write('paused\n');
      await new Promise((resolve) => setTimeout(resolve, 120_000));
    }
    yield record;
  }
}

const result = await applyExport(
  { databaseUrl: env.DATABASE_URL! },
  { ...exp, records: records(), clock: fixedClock('2026-12-06T08:00:00Z'), useCopy: env.USE_COPY === 'true' },
);
process.stdout.write(`${result.status}\n`);
