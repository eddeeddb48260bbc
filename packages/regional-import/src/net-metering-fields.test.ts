import { describe, expect, it } from 'vitest';
import { identifyExports } from './identify.js';
import { netMeteringProblem } from './net-metering-fields.js';
import { openExport } from './open-export.js';
import { parseRecord, regionCodes, type ExportRecord, type RecordOf } from './records.js';
import { knownHeader, knownRecords } from './testing/known-records.js';
import { temporaryFolder } from './testing/read-back.js';
import { writeExport } from './writers/write-export.js';

const knownBill = knownRecords.find((r) => r.type === 'bill')!.data as RecordOf<'bill'>;
// Taken VT 450 / NT 180, delivered VT 120 / NT 60, 30 NT brought forward: billed VT 330, NT 90.
const prosumer = {
  kwhTakenVt: 450,
  kwhTakenNt: 180,
  kwhDeliveredVt: 120,
  kwhDeliveredNt: 60,
  kwhSurplusInNt: 30,
} as const;
const prosumerBill = { ...knownBill, kwhVt: 330, kwhNt: 90, kwhGreen: 420, ...prosumer };

describe('a prosumer bill’s net metering fields', () => {
  it('hold together when the billed kWh are the net per tariff', () => {
    expect(netMeteringProblem(prosumerBill)).toBeNull();
    expect(netMeteringProblem(knownBill)).toBeNull();
  });

  it('name what does not hold together', () => {
    expect(netMeteringProblem({ ...prosumerBill, kwhNt: 120 })).toBe(
      'kwhNt: not the net of taken − delivered − surplus brought forward',
    );
    expect(netMeteringProblem({ ...prosumerBill, kwhDeliveredVt: undefined })).toMatch(
      /^kwhTakenVt, kwhDeliveredVt: a prosumer bill gives both/,
    );
    expect(netMeteringProblem({ ...knownBill, kwhSurplusInSingle: 5 })).toBe(
      'kwhSurplusInSingle: no energy taken or delivered to set it off',
    );
  });

  it('quarantine a bill whose billed kWh are not the net', () => {
    const values = Object.fromEntries(
      Object.entries({ ...prosumerBill, kwhVt: 1 }).map(([k, v]) => [k, String(v)]),
    );
    const parsed = parseRecord({ type: 'bill', values, raw: '', position: 1 });
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('kwhVt: not the net') });
  });

  it.each(regionCodes)('are written and read back by the %s format', async (region) => {
    const folder = await temporaryFolder();
    const records = knownRecords.map((r) =>
      r.type === 'bill' ? ({ type: 'bill', data: prosumerBill } as ExportRecord) : r,
    );
    await writeExport(folder, knownHeader(region), records);
    const { exports } = await identifyExports([folder]);
    const read: unknown[] = [];
    const reader = openExport(exports[0]!).records();
    for (let next = await reader.next(); !next.done; next = await reader.next()) {
      const parsed = parseRecord(next.value);
      if (parsed.ok && parsed.record.type === 'bill') read.push(parsed.record.data);
    }
    expect(read).toEqual([expect.objectContaining({ ...prosumer, kwhVt: 330, kwhNt: 90 })]);
    expect(read[0]).not.toHaveProperty('kwhTakenSingle', expect.anything());
  });
});
