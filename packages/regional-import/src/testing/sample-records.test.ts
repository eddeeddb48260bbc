import { describe, expect, it } from 'vitest';
import { parseRecord, recordTypes, regionCodes, type ExportRecord } from '../records.js';
import { toPara } from '../writers/values.js';
import { writeExport } from '../writers/write-export.js';
import { toRawRecord } from './raw-record.js';
import { temporaryFolder } from './read-back.js';
import { badSampleKeys, sampleRecords } from './sample-records.js';

const keyOf = (record: ExportRecord): string =>
  record.type === 'bill'
    ? record.data.billNumber
    : record.type === 'customer'
      ? record.data.customerId
      : record.type === 'payment'
        ? record.data.paymentId
        : '';

/** What a bill's lines fail, beyond parseRecord: not adding up, or an unknown metering point. */
function crossChecks(records: ExportRecord[]): Map<string, string> {
  const points = new Set(records.flatMap((r) => (r.type === 'meteringPoint' ? [r.data.edNumber] : [])));
  const lineSums = new Map<string, bigint>();
  for (const r of records)
    if (r.type === 'billLine' && !r.data.subtotal)
      lineSums.set(r.data.billNumber, (lineSums.get(r.data.billNumber) ?? 0n) + toPara(r.data.amount));
  const problems = new Map<string, string>();
  for (const r of records) {
    if (r.type !== 'bill') continue;
    if (!points.has(r.data.edNumber)) problems.set(r.data.billNumber, 'unknown metering point');
    else if (lineSums.get(r.data.billNumber) !== toPara(r.data.periodCharge) + toPara(r.data.tvFee))
      problems.set(r.data.billNumber, 'lines do not add up');
  }
  return problems;
}

describe('sample records', () => {
  const records = [...sampleRecords({ seed: 7, region: 'NS', customers: 60, bad: true })];
  const bad = new Set<string>(Object.values(badSampleKeys));

  it('yields every record type, valid by parseRecord, except the bad rows', () => {
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(recordTypes));
    const failures = records.flatMap((record, i) => {
      const parsed = parseRecord(toRawRecord(record, i + 1));
      return parsed.ok ? [] : [[keyOf(record), parsed.reason]];
    });
    expect(Object.fromEntries(failures)).toEqual({
      [badSampleKeys.jmbg]: 'jmbg: bad JMBG check digit',
      [badSampleKeys.date]: 'dueDate: a real date YYYY-MM-DD',
      [badSampleKeys.code]: expect.stringMatching(/^channel: one of IPS, BANK/),
    });
  });

  it('has bills whose lines add up, but for the bad ones', () => {
    expect(records.filter((r) => r.type === 'bill').length).toBeGreaterThan(60 * 11);
    expect(Object.fromEntries(crossChecks(records))).toEqual({
      [badSampleKeys.lines]: 'lines do not add up',
      [badSampleKeys.parent]: 'unknown metering point',
    });
  });

  it('has one reversal, with the minus sign, and unique keys', () => {
    const payments = records.flatMap((r) => (r.type === 'payment' ? [r.data] : []));
    const reversals = payments.filter((p) => p.reverses);
    expect(reversals).toHaveLength(1);
    const reversed = payments.find((p) => p.paymentId === reversals[0]!.reverses)!;
    expect(toPara(reversals[0]!.amount)).toBe(-toPara(reversed.amount));
    const keys = records.map(keyOf).filter((k) => k !== '' && !bad.has(k));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is deterministic: the same seed gives the same records', () => {
    const again = [...sampleRecords({ seed: 7, region: 'NS', customers: 60, bad: true })];
    expect(again).toEqual(records);
    expect([...sampleRecords({ seed: 8, region: 'NS', customers: 60 })]).not.toEqual(records.slice(0, -1));
  });

  it('writes in every format, the trailer counting what was generated', async () => {
    const folder = await temporaryFolder();
    const counts: Record<string, number> = {};
    for (const r of records) counts[r.type] = (counts[r.type] ?? 0) + 1;
    for (const region of regionCodes) {
      const header = { region, exportDate: '2026-12-03', sequence: 1, kind: 'FULL' } as const;
      const { trailer } = await writeExport(folder, header, records);
      expect(trailer.counts).toEqual(counts);
    }
  });
});
