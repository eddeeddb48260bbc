// The whole way an export takes, from files in the inbox to the database: each region's own format
// written by the writers, recognised by name, read, held to its trailer, applied in sequence order, and
// the inbox tidied (processed/, refused/ with the reason, waiting ones left in place). Once on the
// integration tests' database, once on the embedded PGlite that `npm start` uses.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase } from '@portal/db/testing';
import { migrate } from '@portal/db';
import { fixedClock } from '@portal/domain';
import {
  regionCodes,
  writeExport,
  type ExportHeader,
  type ExportKind,
  type RegionCode,
} from '@portal/regional-import';
import { sampleRecords } from '@portal/regional-import/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createImportDeps } from './import-deps.js';
import type { ExportOutcome } from './import-exports.js';
import { processInbox } from './inbox.js';

const clock = fixedClock(new Date('2026-12-04T03:00:00Z'));

function header(region: RegionCode, sequence: number, kind: ExportKind): ExportHeader {
  return { region, sequence, kind, exportDate: `2026-12-0${sequence}` };
}

/** FULL 1 (with one bad row of each kind), DELTA 2 (a new customer), a truncated 3, and 4 after it. */
async function writeRegionExports(inbox: string, region: RegionCode): Promise<void> {
  await writeExport(
    inbox,
    header(region, 1, 'FULL'),
    sampleRecords({ seed: 7, region, customers: 3, bad: true }),
  );
  await writeExport(inbox, header(region, 2, 'DELTA'), sampleRecords({ seed: 7, region, customers: 4 }));
  await writeExport(inbox, header(region, 3, 'DELTA'), sampleRecords({ seed: 8, region, customers: 5 }), {
    trailer: (computed) => ({ ...computed, sumBills: '0.01' }),
  });
  await writeExport(inbox, header(region, 4, 'DELTA'), sampleRecords({ seed: 9, region, customers: 5 }));
}

const outcomeOf = (outcomes: ExportOutcome[], region: string, sequence: number) =>
  outcomes.find((outcome) => outcome.region === region && outcome.sequence === sequence);

function describeInbox(mode: 'configured' | 'pglite', regions: readonly RegionCode[]) {
  describe(`the inbox on ${mode === 'pglite' ? 'the embedded PGlite' : "the integration tests' database"}`, () => {
    let inbox: string;
    let databaseUrl: string;
    let embedded: boolean;
    let drop: () => Promise<void>;
    let client: pg.Client;

    beforeAll(async () => {
      const database = await createScratchDatabase(
        mode === 'pglite' ? 'pglite' : inject('databaseMode'),
        inject('serverUrl'),
      );
      await migrate(database.databaseUrl);
      ({ databaseUrl, drop } = database);
      embedded = database.mode === 'pglite';
      client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      inbox = await mkdtemp(join(tmpdir(), 'portal-inbox-'));
      for (const region of regions) await writeRegionExports(inbox, region);
    });

    afterAll(async () => {
      await client?.end();
      await drop?.();
      await rm(inbox, { recursive: true, force: true });
    });

    const deps = () => createImportDeps({ database: { url: databaseUrl, embedded }, clock });

    it('applies each region in sequence order, refuses a bad trailer, and lets what follows it wait', async () => {
      const outcomes = await processInbox(deps(), inbox);
      for (const region of regions) {
        expect(outcomeOf(outcomes, region, 1)).toMatchObject({ status: 'applied' });
        expect(outcomeOf(outcomes, region, 1)!.quarantined).toBeGreaterThan(0);
        expect(outcomeOf(outcomes, region, 2)).toMatchObject({ status: 'applied', quarantined: 0 });
        expect(outcomeOf(outcomes, region, 3)).toMatchObject({ status: 'refused' });
        expect(outcomeOf(outcomes, region, 3)!.reason).toMatch(/sum|bill/i);
        expect(outcomeOf(outcomes, region, 4)).toMatchObject({ status: 'waiting' });
      }
      const customers = await client.query<{ region_id: string; n: number }>(
        'SELECT region_id, count(*)::int AS n FROM customer GROUP BY region_id ORDER BY region_id',
      );
      // three customers and the DELTA's fourth; the customer with a bad JMBG stays in quarantine
      expect(customers.rows).toEqual([...regions].sort().map((region) => ({ region_id: region, n: 4 })));
    });

    it('moved what it applied and what it refused, with the reason beside it, and kept what waits', async () => {
      const left = (await readdir(inbox)).filter((name) => !name.startsWith('.'));
      const processed = await readdir(join(inbox, 'processed'));
      const refused = await readdir(join(inbox, 'refused'));
      for (const region of regions) {
        const named = (sequence: number) => (name: string) =>
          name.toUpperCase().startsWith(region) && name.includes(`_00000${sequence}`);
        expect(processed.some(named(1)) && processed.some(named(2))).toBe(true);
        expect(refused.some(named(3))).toBe(true);
        expect(left.some(named(4))).toBe(true);
        expect(left.some(named(3)) || left.some(named(1))).toBe(false);
      }
      const reason = refused.find((name) => name.endsWith('.reason.txt'))!;
      expect(await readFile(join(inbox, 'refused', reason), 'utf8')).toMatch(/trailer|sum/i);
    });

    it('changes nothing when an applied export comes again', async () => {
      const before = await client.query('SELECT count(*)::int AS n FROM bill');
      const again = (await readdir(join(inbox, 'processed'))).filter((name) =>
        name.toUpperCase().startsWith(regions[0]!),
      );
      for (const name of again) await cp(join(inbox, 'processed', name), join(inbox, name));
      const outcomes = await processInbox(deps(), inbox, regions[0]);
      expect(outcomeOf(outcomes, regions[0]!, 1)).toMatchObject({ status: 'already_applied' });
      expect(outcomeOf(outcomes, regions[0]!, 4)).toMatchObject({ status: 'waiting' });
      expect((await client.query('SELECT count(*)::int AS n FROM bill')).rows).toEqual(before.rows);
    });
  });
}

describeInbox('configured', regionCodes);
describeInbox('pglite', ['BG', 'KV']);
