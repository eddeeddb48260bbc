// The demo set's reference data alone (the price lists; the regions come with the migrations), for when the billing data comes
// through the import of the demo exports: the same rows, with the same ids, as the direct load writes.
import pg from 'pg';
import { addReferenceData } from './dataset.js';
import { Random, resetUuidSequence } from './random.js';
import { Sink } from './sink.js';

export async function writeDemoReferenceData(
  databaseUrl: string,
  options: { seed?: number; useCopy: boolean },
): Promise<void> {
  // The reference data comes first in a dataset: the same seed gives the same ids as buildDataset.
  resetUuidSequence();
  const sink = new Sink(new Date().toISOString());
  addReferenceData(sink, new Random(options.seed ?? 2026));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await sink.flush(client, options.useCopy);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
