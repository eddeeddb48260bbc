import { readdir } from 'node:fs/promises';
import { formatOfRegion, parseRecord, type ExportRecord, type RegionCode } from '@portal/regional-import';
import { temporaryFolder, toRawRecord } from '@portal/regional-import/testing';
import { describe, expect, it } from 'vitest';
import { changed, demoRecords, recordKey, writeDemoDay, writeDemoExports } from './demo-exports.js';
import { demoRegions } from '../regions.js';
import { quantity } from './export-codes.js';

const options = { customers: 12, seed: 5, asOf: '2026-12-03', months: 4 };
const toPara = (money: string) => Math.round(Number(money) * 100);

function countByType(records: ExportRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.type] = (counts[r.type] ?? 0) + 1;
  return counts;
}

describe('demo exports', async () => {
  const { records, rows, links } = await demoRecords(options);
  const all = [...records.values()].flat();

  it('turns every regional row of the generator into a record, per region', () => {
    const total = (type: string) => all.filter((r) => r.type === type).length;
    expect(total('customer')).toBe(rows.customer);
    expect(total('account')).toBe(rows.billingAccount);
    expect(total('meteringPoint')).toBe(rows.meteringPoint);
    expect(total('contract')).toBe(rows.supplyContract);
    expect(total('meter')).toBe(rows.meterInstallation);
    expect(total('reading')).toBe(rows.meterReading);
    expect(total('bill')).toBe(rows.bill);
    expect(total('billLine')).toBe(rows.billLineItem);
    expect(total('payment')).toBe(rows.payment);
    expect(total('notice')).toBe(rows.dunningNotice);
    // interest only: bills and payments reach the financial card through their own records
    expect(total('ledgerEntry')).toBeGreaterThan(0);
    expect(total('ledgerEntry')).toBeLessThan(rows.ledgerEntry! - rows.bill! - rows.payment! + 1);
    expect([...records.keys()].sort()).toEqual(['BG', 'KG', 'KV', 'NI', 'NS']);
  });

  it('makes records the import takes: valid fields, bills whose lines add up, unique keys', () => {
    const failures = all.flatMap((r) => {
      const parsed = parseRecord(toRawRecord(r));
      return parsed.ok ? [] : [`${r.type} ${parsed.reason}`];
    });
    expect(failures).toEqual([]);
    const sums = new Map<string, number>();
    for (const r of all)
      if (r.type === 'billLine' && !r.data.subtotal)
        sums.set(r.data.billNumber, (sums.get(r.data.billNumber) ?? 0) + toPara(r.data.amount));
    for (const r of all)
      if (r.type === 'bill')
        expect(sums.get(r.data.billNumber), r.data.billNumber).toBe(
          toPara(r.data.periodCharge) + toPara(r.data.tvFee),
        );
    for (const list of records.values()) {
      const keys = list.map(recordKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('keeps the demo users apart, linked by region and ED number', () => {
    const household = links.find((l) => l.username === 'demo.household')!;
    expect(household.meteringPoints).toEqual([
      { region: 'BG', edNumber: expect.stringMatching(/^\d{10}$/), nickname: 'Кућа' },
    ]);
    const bakery = links.find((l) => l.username === 'demo.business')!;
    expect(bakery.meteringPoints).toHaveLength(60);
    const points = new Set(all.flatMap((r) => (r.type === 'meteringPoint' ? [r.data.edNumber] : [])));
    expect(bakery.meteringPoints.every((p) => points.has(p.edNumber))).toBe(true);
  });

  it('writes each region FULL in its own format, the trailers counting what the generator made', async () => {
    const folder = await temporaryFolder();
    const { exports } = await writeDemoExports(folder, options);
    for (const [region, written] of Object.entries(exports)) {
      expect(written.trailer.counts).toEqual(countByType(records.get(region as RegionCode)!));
    }
    const files = await readdir(folder);
    expect(files).toEqual(
      expect.arrayContaining([
        'BG_20261203_000001.zip',
        'NS_20261203_000001.txt',
        'NI_20261203_000001.jsonl.gz',
        'KG_20261203_000001.xml',
        'kv_2026-12-03_000001_manifest.json',
      ]),
    );
  });

  it('writes a day: FULL as of the day before, then a DELTA of what is new or changed that day', async () => {
    const folder = await temporaryFolder();
    const day = await writeDemoDay(folder, { ...options, day: '2026-12-05' });
    const before = await demoRecords({ ...options, asOf: '2026-12-04' });
    const after = await demoRecords({ ...options, asOf: '2026-12-05' });
    const delta = Object.values(day.delta).reduce(
      (sum, w) => sum + Object.values(w.trailer.counts).reduce((a, n) => a + (n ?? 0), 0),
      0,
    );
    const grown = [...after.records.values()].flat().length - [...before.records.values()].flat().length;
    expect(delta).toBeGreaterThanOrEqual(grown);
    expect(delta).toBeGreaterThan(0);
    expect(day.full.exports.BG.files[0]).toMatch(/BG_20261204_000001\.zip$/);
    expect(day.delta.BG.files[0]).toMatch(/BG_20261205_000002\.zip$/);
  });

  it('puts in a DELTA what is new or changed, a bill with all its lines, a notice only once', () => {
    const notice = (number: string, issuedOn: string, settledOn?: string): ExportRecord => ({
      type: 'notice',
      data: {
        noticeNumber: number,
        edNumber: '1234567890',
        kind: 'U',
        issuedOn,
        debtAmount: '2000.00',
        debtDate: issuedOn,
        deadline: '2026-12-30',
        ...(settledOn ? { settledOn } : {}),
      },
    });
    const bill = all.find((r) => r.type === 'bill')!;
    const lines = all.filter(
      (r) => r.type === 'billLine' && r.data.billNumber === (bill.data as { billNumber: string }).billNumber,
    );
    const before = [
      notice('UO-261101-1234567890', '2026-11-01'),
      notice('UO-261207-1234567890', '2026-12-07'),
    ];
    const after = [
      notice('UO-261101-1234567890', '2026-11-01', '2026-12-08'),
      notice('UO-261208-1234567890', '2026-12-08'),
      bill,
      ...lines,
    ];
    expect(changed(before, after)).toEqual([after[0], bill, ...lines]);
    expect(changed(after, after)).toEqual([]);
  });

  it('names in each demo region the format its exports come in', () => {
    for (const region of demoRegions)
      expect(region.billingSystem).toBe(formatOfRegion[region.id as RegionCode]);
  });

  it('rounds a quantity to the three decimals of the format', () => {
    expect(quantity('0.0333')).toBe('0.033');
    expect(quantity('1.23456')).toBe('1.235');
    expect(quantity('-0.0005')).toBe('-0.001');
    expect(quantity('12.5')).toBe('12.5');
    expect(quantity(undefined)).toBeUndefined();
  });
});
