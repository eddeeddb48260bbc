import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { belgradeMidnight, consumptionCsv, consumptionEspiXml, csvField } from './exports.js';
import {
  sideBySide,
  sumByMonth,
  tariffAmountsOf,
  toConsumptionPeriod,
  type BilledPeriod,
} from './periods.js';
import { againstLastYearByPoint, compareWithPreviousYears, discountStep } from './savings.js';

const billed = (periodStart: string, periodEnd: string, days: number, kwh: Partial<BilledPeriod['kwh']>) =>
  toConsumptionPeriod({
    billId: `bill-${periodStart}`,
    periodStart,
    periodEnd,
    days,
    readingKind: 'read',
    kwh: { vt: 0, nt: 0, single: 0, green: 0, blue: 0, red: 0, ...kwh },
    amount: 1_234_50,
  });

describe('consumption periods', () => {
  it('adds the tariffs, names the billing month and gives kWh per day to one decimal', () => {
    const p = billed('2025-09-29', '2025-11-01', 34, { vt: 300, nt: 140, green: 396, blue: 44 });
    expect(p.month).toBe('2025-10');
    expect(p.total).toBe(440);
    expect(p.averagePerDay).toBe(12.9); // 440 / 34 = 12.94
  });

  it('sums several metering points by month, zone and tariff', () => {
    const sums = sumByMonth([
      billed('2026-03-01', '2026-03-31', 31, { single: 100, green: 100 }),
      billed('2026-02-28', '2026-03-30', 31, { vt: 50, nt: 30, green: 80 }),
      billed('2026-04-01', '2026-04-30', 30, { single: 10, green: 10 }),
    ]);
    expect(sums.map((s) => [s.month, s.total, s.kwh.green, s.kwh.vt, s.amount])).toEqual([
      ['2026-03', 180, 180, 50, 2_469_00],
      ['2026-04', 10, 10, 0, 1_234_50],
    ]);
    // the month spans its periods, counts them and averages over the longest
    expect(sums[0]).toMatchObject({
      periodStart: '2026-02-28',
      periodEnd: '2026-03-31',
      days: 31,
      periods: 2,
      averagePerDay: 5.8, // 180 / 31
    });
    expect(sumByMonth([])).toEqual([]);
  });

  it('splits the amount by register, the rest as other, so that the parts add up to the bill', () => {
    const business = tariffAmountsOf(10_000_00, {
      vt: 5_000_00,
      nt: 2_000_00,
      reactiveVt: 300_00,
      power: 1_500_00,
    });
    expect(business).toEqual({
      vt: 5_000_00,
      nt: 2_000_00,
      single: 0,
      reactiveVt: 300_00,
      reactiveNt: 0,
      power: 1_500_00,
      other: 1_200_00,
    });
    // no itemised lines: all of it other
    expect(tariffAmountsOf(1_234_50)).toMatchObject({ vt: 0, other: 1_234_50 });
    const [march] = sumByMonth([
      toConsumptionPeriod({
        ...billed('2026-03-01', '2026-03-31', 31, {}),
        registerAmounts: { vt: 1_000_00 },
      }),
      toConsumptionPeriod({
        ...billed('2026-03-01', '2026-03-31', 31, {}),
        registerAmounts: { single: 200_00 },
      }),
    ]);
    expect(march!.tariffAmounts).toMatchObject({ vt: 1_000_00, single: 200_00, other: 1_269_00 });
  });

  it('puts metering points side by side over the union of their months', () => {
    const a = [
      billed('2026-02-01', '2026-02-28', 28, { single: 200 }),
      billed('2026-03-01', '2026-03-31', 31, { single: 100 }),
    ];
    const b = [
      billed('2026-03-01', '2026-03-31', 31, { vt: 40, nt: 20 }),
      billed('2026-04-01', '2026-04-30', 30, { vt: 30 }),
      // a second bill of April (a correction) adds up
      billed('2026-04-02', '2026-04-29', 28, { vt: 5 }),
    ];
    expect(
      sideBySide([
        { id: 'a', periods: a },
        { id: 'b', periods: b },
      ]),
    ).toEqual({
      months: ['2026-02', '2026-03', '2026-04'],
      points: [
        { id: 'a', totals: [200, 100, null], amounts: [1_234_50, 1_234_50, null] },
        { id: 'b', totals: [null, 60, 35], amounts: [null, 1_234_50, 2_469_00] },
      ],
    });
    expect(sideBySide([])).toEqual({ months: [], points: [] });
  });
});

describe('savings against the two previous years', () => {
  it('compares with the higher of the same month, and finds the discount step of the rule then', () => {
    const periods = [
      { month: '2021-12', total: 500 },
      { month: '2022-12', total: 600 },
      { month: '2023-12', total: 450 }, // -25% against 600 -> 35%
      { month: '2024-12', total: 460 }, // the higher of 2023 (450) and 2022 (600): -23.3%
    ];
    const [, , december2023, december2024] = compareWithPreviousYears(periods);
    expect(december2023).toMatchObject({ reference: 600, changePercent: -25, savingsDiscountPercent: 35 });
    // December 2024 is outside the rule: compared, but no discount step
    expect(december2024).toMatchObject({
      reference: 600,
      changePercent: -23.3,
      savingsDiscountPercent: null,
    });
  });

  it('has no comparison without a past year, and steps at the thresholds', () => {
    expect(compareWithPreviousYears([{ month: '2024-01', total: 300 }])[0]).toMatchObject({
      reference: null,
      changePercent: null,
      savingsDiscountPercent: null,
    });
    expect([4.9, 5, 15, 20, 25, 30, 45].map((r) => discountStep('2024-01', r))).toEqual([
      0, 20, 25, 30, 35, 40, 40,
    ]);
  });
});

describe('a month of several points against last year', () => {
  it('compares only the points billed in both months and counts the others', () => {
    const both = [
      { month: '2026-10', total: 300 },
      { month: '2025-10', total: 200 },
    ];
    const newPoint = [{ month: '2026-10', total: 500 }];
    const notYetBilled = [{ month: '2025-10', total: 400 }];
    expect(againstLastYearByPoint([both, newPoint, notYetBilled, []], '2026-10')).toEqual({
      month: '2026-10',
      kwh: 300,
      lastYear: 200,
      changePercent: 50,
      points: 1,
      missing: 2,
    });
    expect(againstLastYearByPoint([newPoint], '2026-10')).toMatchObject({ points: 0, changePercent: null });
  });
});

describe('exports', () => {
  it('CSV: a BOM, a header, quoted fields where needed, ISO dates, oldest first', () => {
    const csv = consumptionCsv('ЕД 123, "Кућа"', [
      billed('2026-04-01', '2026-04-30', 30, { single: 10, green: 10 }),
      billed('2026-03-01', '2026-03-31', 31, { vt: 50, nt: 30, green: 80 }),
    ]);
    expect(csv.startsWith('\uFEFFmetering_point,billing_month,period_start')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, 2 rows, the empty string after the last CRLF
    expect(lines[1]).toBe(
      '"ЕД 123, ""Кућа""",2026-03,2026-03-01,2026-03-31,31,read,80,50,30,0,80,0,0,2.6,1234.50',
    );
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(12)).toBe('12');
  });

  it('ESPI: a well-formed Atom feed with a usage point, a reading type and one interval block a period', () => {
    const periods = [
      billed('2026-03-01', '2026-03-31', 31, { single: 100 }),
      billed('2026-04-01', '2026-04-30', 30, { single: 90 }),
    ];
    const xml = consumptionEspiXml(
      {
        feedId: '018c0000-0000-7000-8000-000000000001',
        usagePointId: '018c0000-0000-7000-8000-000000000002',
        title: 'Кућа & <викендица>',
        updated: '2026-11-23T10:00:00Z',
      },
      periods,
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml).feed;
    const entries = feed.entry as { content: Record<string, unknown> }[];
    expect(entries[0]!.content['espi:UsagePoint']).toBeDefined();
    expect(entries[1]!.content['espi:ReadingType']).toMatchObject({ 'espi:uom': 72, 'espi:currency': 941 });
    type Interval = { 'espi:duration': number; 'espi:start': number };
    type Block = {
      'espi:interval': Interval;
      'espi:IntervalReading': { 'espi:value': number; 'espi:cost': number };
    };
    const blocks = entries.slice(2).map((e) => e.content['espi:IntervalBlock'] as Block);
    expect(blocks).toHaveLength(2);
    // March 2026: from 1.3. 00:00 CET to 1.4. 00:00 CEST = 31 days less the hour of the clock change
    expect(blocks[0]!['espi:interval']).toEqual({
      'espi:duration': 31 * 86400 - 3600,
      'espi:start': belgradeMidnight('2026-03-01'),
    });
    expect(blocks[0]!['espi:IntervalReading']['espi:value']).toBe(100);
    expect(blocks[0]!['espi:IntervalReading']['espi:cost']).toBe(123_450_000);
  });

  it('finds Belgrade midnight in winter and summer time', () => {
    expect(belgradeMidnight('2026-01-15')).toBe(Date.parse('2026-01-14T23:00:00Z') / 1000);
    expect(belgradeMidnight('2026-07-15')).toBe(Date.parse('2026-07-14T22:00:00Z') / 1000);
  });
});
