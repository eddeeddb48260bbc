import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '@portal/domain';
import type { RawRecord } from '@portal/regional-import';
import { applyExport } from './apply-export.js';
import { createImportDatabase, type ImportDatabase } from '../../testing/import-database.js';
import {
  bill,
  household,
  meter,
  reading,
  streamOf,
  testExport,
  type TestExport,
} from '../../testing/regional-exports.js';

const clock = fixedClock(new Date('2026-12-06T08:00:00Z'));
let db: ImportDatabase;

const apply = async (exp: TestExport) =>
  expect(
    await applyExport(db, { ...exp, records: streamOf(exp.records), clock, useCopy: db.useCopy }),
  ).toMatchObject({ status: 'applied', quarantined: 0 });

const [ed1, acc1, ed2, acc2] = ['1000000001', '2000000001', '1000000002', '2000000002'];

/** A bill of November (the test bills are of October), read on the 30th. */
const novemberBill = (number: string, ed: string, accountNumber: string): RawRecord[] =>
  bill(number, ed, accountNumber).map((r) =>
    r.type === 'bill'
      ? {
          ...r,
          values: { ...r.values, periodStart: '2026-11-01', periodEnd: '2026-11-30', days: '30' },
        }
      : r,
  );

const withValues = (record: RawRecord, values: Record<string, string>): RawRecord => ({
  ...record,
  values: { ...record.values, ...values },
});

/** The register VT values of the readings a bill is linked to, and their metering point. */
const links = (number: string) =>
  db.one<{ previous: number | null; current: number | null; other_point: boolean }>(
    `SELECT p.vt_value AS previous, c.vt_value AS current,
            (p.metering_point_id <> b.metering_point_id OR c.metering_point_id <> b.metering_point_id)
              IS TRUE AS other_point
       FROM bill b LEFT JOIN meter_reading p ON p.id = b.previous_reading_id
                   LEFT JOIN meter_reading c ON c.id = b.current_reading_id
      WHERE b.source_id = $1`,
    [number],
  );

beforeEach(async () => {
  db = await createImportDatabase();
});
afterEach(async () => {
  await db.drop();
});

// household(n) brings the reading of 31 October (VT 12000 + n), the end of the test bills' period.
describe('linking imported bills to their meter readings', () => {
  it('links a bill to the readings that open and close its period, of its own metering point', async () => {
    await apply(
      testExport('BG', 1, 'FULL', [
        household(1, ed1, acc1),
        household(2, ed2, acc2),
        reading(ed1, 'SN1', '2026-09-30', 11001),
        reading(ed2, 'SN2', '2026-09-30', 11002),
        bill('B-1', ed1, acc1),
        bill('B-2', ed2, acc2),
      ]),
    );
    expect(await links('B-1')).toEqual({ previous: 11001, current: 12001, other_point: false });
    expect(await links('B-2')).toEqual({ previous: 11002, current: 12002, other_point: false });
  });

  it('never links a reading of another metering point on the same day', async () => {
    await apply(
      testExport('BG', 1, 'FULL', [
        household(1, ed1, acc1),
        household(2, ed2, acc2),
        reading(ed2, 'SN2', '2026-09-30', 11002),
        bill('B-1', ed1, acc1),
      ]),
    );
    expect(await links('B-1')).toEqual({ previous: null, current: 12001, other_point: false });
  });

  it('on a meter change day closes the period with the meter taken off, opens the next with the new one', async () => {
    await apply(
      testExport('KG', 1, 'FULL', [
        household(1, ed1, acc1).map((r) =>
          r.type === 'meter' ? withValues(r, { removedOn: '2026-10-31' }) : r,
        ),
        withValues(meter('SN9', ed1), { installedOn: '2026-10-31' }),
        reading(ed1, 'SN9', '2026-10-31', 5),
        reading(ed1, 'SN9', '2026-11-30', 305),
        bill('B-1', ed1, acc1),
        novemberBill('B-11', ed1, acc1),
      ]),
    );
    expect(await links('B-1')).toEqual({ previous: null, current: 12001, other_point: false });
    expect(await links('B-11')).toEqual({ previous: 5, current: 305, other_point: false });
  });

  it('links a reading that arrives in a later export, and a bill that arrives after its readings', async () => {
    await apply(testExport('NS', 1, 'FULL', [household(1, ed1, acc1), bill('B-1', ed1, acc1)]));
    expect(await links('B-1')).toEqual({ previous: null, current: 12001, other_point: false });

    await apply(testExport('NS', 2, 'DELTA', [reading(ed1, 'SN1', '2026-09-30', 11001)]));
    expect(await links('B-1')).toEqual({ previous: 11001, current: 12001, other_point: false });

    // November's bill before its reading: the previous one is October's closing reading
    await apply(testExport('NS', 3, 'DELTA', [novemberBill('B-11', ed1, acc1)]));
    expect(await links('B-11')).toEqual({ previous: 12001, current: null, other_point: false });
    await apply(testExport('NS', 4, 'DELTA', [reading(ed1, 'SN1', '2026-11-30', 12301)]));
    expect(await links('B-11')).toEqual({ previous: 12001, current: 12301, other_point: false });
    expect(await links('B-1')).toEqual({ previous: 11001, current: 12001, other_point: false });

    // a restated reading keeps its row, and the links with it
    await apply(testExport('NS', 5, 'DELTA', [reading(ed1, 'SN1', '2026-11-30', 12302)]));
    expect(await links('B-11')).toEqual({ previous: 12001, current: 12302, other_point: false });
  });
});
