import type { MonthComparisonView } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import {
  chartWindow,
  compareChartData,
  consumptionChartData,
  monthYearsBefore,
  type SeriesLabels,
} from './consumption-chart-data.js';
import { latestSummary } from './consumption-labels.js';
import { period } from './consumption.fixtures.js';

const labels: SeriesLabels = {
  green: 'Green',
  blue: 'Blue',
  red: 'Red',
  vt: 'VT',
  nt: 'NT',
  single: 'Single',
  reactiveVt: 'Reactive VT',
  reactiveNt: 'Reactive NT',
  power: 'Power',
  other: 'Other',
  amount: 'Amount',
  previousYear: 'Year before',
  twoYearsBefore: 'Two years before',
  greenLimit: 'Green limit',
};

// Two Octobers and a November: the 2026 ones compare with 2025.
const periods = [
  period('2025-10', 31, { green: 310, blue: 0, red: 0, vt: 250, nt: 60 }, '4200.00', {
    vt: '2500.00',
    nt: '300.00',
  }),
  period('2026-10', 31, { green: 350, blue: 50, red: 0, vt: 300, nt: 100 }, '6200.00', {
    vt: '3600.00',
    nt: '600.00',
  }),
  period('2026-11', 30, { green: 300, blue: 0, red: 0, vt: 200, nt: 100 }, '4500.50', {
    vt: '2400.00',
    nt: '600.50',
  }),
];
const comparisons: MonthComparisonView[] = [
  {
    month: '2026-10',
    kwh: 400,
    previousYears: [310, null],
    reference: 310,
    changePercent: 29,
    savingsDiscountPercent: null,
  },
  {
    month: '2026-11',
    kwh: 300,
    previousYears: [null, 360],
    reference: 360,
    changePercent: -16.7,
    savingsDiscountPercent: 5,
  },
];

const byKey = (data: ReturnType<typeof consumptionChartData>) =>
  Object.fromEntries(data.datasets.map((d) => [d.key, d.data]));

describe('consumption chart data', () => {
  it('stacks kWh by zone, leaves out a zone that is zero throughout, adds past years and the green limit', () => {
    const data = consumptionChartData(
      periods,
      comparisons,
      { split: 'zone', unit: 'kwh', perDay: false },
      labels,
    );
    expect(data.labels).toEqual(['2025-10', '2026-10', '2026-11']);
    expect(data.datasets.map((d) => [d.key, d.type, d.label])).toEqual([
      ['green', 'bar', 'Green'],
      ['blue', 'bar', 'Blue'],
      ['previous1', 'line', 'Year before'],
      ['previous2', 'line', 'Two years before'],
      ['greenLimit', 'line', 'Green limit'],
    ]);
    const series = byKey(data);
    expect(series.green).toEqual([310, 350, 300]);
    expect(series.blue).toEqual([0, 50, 0]);
    // the comparison's kWh first, else the period of that month a year before
    expect(series.previous1).toEqual([null, 310, null]);
    expect(series.previous2).toEqual([null, null, 360]);
    // 350 kWh per 30 days, scaled to the period's days
    expect(series.greenLimit).toEqual([362, 362, 350]);
    // the zones differ by pattern as well as by colour
    expect(data.datasets.filter((d) => d.type === 'bar').map((d) => d.pattern)).toEqual(['solid', 'stripes']);
    // bars share one stack, each line has its own
    expect(new Set(data.datasets.map((d) => d.stack)).size).toBe(4);
  });

  it('stacks kWh by tariff without the single rate the meter does not have, and no zone limit', () => {
    const data = consumptionChartData(
      periods,
      comparisons,
      { split: 'tariff', unit: 'kwh', perDay: false },
      labels,
    );
    const series = byKey(data);
    expect(Object.keys(series)).toEqual(['vt', 'nt', 'previous1', 'previous2']);
    expect(series.vt).toEqual([250, 300, 200]);
    expect(series.nt).toEqual([60, 100, 100]);
  });

  it('divides by the days of each period in per-day mode', () => {
    const zone = byKey(
      consumptionChartData(periods, comparisons, { split: 'zone', unit: 'kwh', perDay: true }, labels),
    );
    expect(zone.green).toEqual([10, 11.3, 10]);
    expect(zone.previous1).toEqual([null, 10, null]);
    // no period for November 2024: the calendar month's days
    expect(zone.previous2).toEqual([null, null, 12]);
    expect(zone.greenLimit).toEqual([11.7, 11.7, 11.7]);
    const tariff = byKey(
      consumptionChartData(periods, comparisons, { split: 'tariff', unit: 'kwh', perDay: true }, labels),
    );
    expect(tariff.nt).toEqual([1.9, 3.2, 3.3]);
  });

  it('shows the amount as one bar series in RSD by zone, with past years from the periods', () => {
    const data = consumptionChartData(
      periods,
      comparisons,
      { split: 'zone', unit: 'rsd', perDay: false },
      labels,
    );
    expect(data.datasets.map((d) => d.key)).toEqual(['amount', 'previous1']);
    expect(byKey(data).amount).toEqual([4200, 6200, 4500.5]);
    expect(byKey(data).previous1).toEqual([null, 4200, null]);
    const perDay = consumptionChartData(
      periods,
      comparisons,
      { split: 'zone', unit: 'rsd', perDay: true },
      labels,
    );
    expect(byKey(perDay).amount).toEqual([135.48, 200, 150.02]);
    expect(byKey(perDay).previous1).toEqual([null, 135.48, null]);
  });

  it('stacks every tariff in RSD by tariff, VT and NT both, the rest as other, adding up to the bill', () => {
    const data = consumptionChartData(
      periods,
      comparisons,
      { split: 'tariff', unit: 'rsd', perDay: false },
      labels,
    );
    expect(data.datasets.map((d) => d.key)).toEqual(['vt', 'nt', 'other', 'previous1']);
    expect(byKey(data).vt).toEqual([2500, 3600, 2400]);
    expect(byKey(data).nt).toEqual([300, 600, 600.5]);
    const bars = data.datasets.filter((d) => d.type === 'bar');
    expect(periods.map((_, i) => bars.reduce((sum, d) => sum + d.data[i]!, 0))).toEqual([4200, 6200, 4500.5]);
    expect(data.datasets.find((d) => d.key === 'nt')!.label).toBe('NT');

    // a business: reactive energy and billing power are tariffs of their own
    const business = [
      period('2026-10', 31, { vt: 3000, nt: 1000 }, '90000.00', {
        vt: '40000.00',
        nt: '8000.00',
        reactiveVt: '1200.00',
        reactiveNt: '300.00',
        power: '15000.00',
      }),
    ];
    const keys = consumptionChartData(
      business,
      [],
      { split: 'tariff', unit: 'rsd', perDay: false },
      labels,
    ).datasets.map((d) => d.key);
    expect(keys).toEqual(['vt', 'nt', 'reactiveVt', 'reactiveNt', 'power', 'other']);
  });

  it('labels the months through the given function and copes with no periods', () => {
    const data = consumptionChartData(
      periods,
      [],
      { split: 'zone', unit: 'kwh', perDay: false },
      labels,
      (m) => `M${m}`,
    );
    expect(data.labels[0]).toBe('M2025-10');
    // without comparisons the year before comes from the periods
    expect(byKey(data).previous1).toEqual([null, 310, null]);
    expect(consumptionChartData([], [], { split: 'zone', unit: 'kwh', perDay: false }, labels)).toEqual({
      labels: [],
      datasets: [],
    });
  });

  it('goes back whole years', () => {
    expect(monthYearsBefore('2026-01', 2)).toBe('2024-01');
  });
});

describe('the summary of the latest month', () => {
  it('compares with the higher of the two previous years and names that year', () => {
    expect(latestSummary(comparisons)).toEqual({
      key: 'less',
      month: '2026-11',
      year: '2026',
      percent: 16.7,
      referenceMonth: '2024-11',
      referenceYear: '2024',
      discount: 5,
    });
    expect(latestSummary(comparisons.slice(0, 1))).toMatchObject({
      key: 'more',
      percent: 29,
      referenceYear: '2025',
    });
    expect(latestSummary([])).toBeNull();
  });
});

describe('the compact chart', () => {
  it('shows a window of the months with every series cut alike, kept inside the data', () => {
    const data = consumptionChartData(
      periods,
      comparisons,
      { split: 'zone', unit: 'kwh', perDay: false },
      labels,
    );
    const window = chartWindow(data, 1, 2);
    expect(window.labels).toEqual(['2026-10', '2026-11']);
    expect(byKey(window).green).toEqual([350, 300]);
    expect(byKey(window).previous2).toEqual([null, 360]);
    // past the end: the last `size` months; a window as wide as the data: the data itself
    expect(chartWindow(data, 5, 2).labels).toEqual(['2026-10', '2026-11']);
    expect(chartWindow(data, -1, 2).labels).toEqual(['2025-10', '2026-10']);
    expect(chartWindow(data, 0, 3)).toBe(data);
  });
});

describe('metering points side by side', () => {
  const compare = {
    months: ['2026-09', '2026-10'],
    meteringPoints: [
      {
        id: 'a',
        edNumber: '1',
        nickname: 'Пекара',
        address: 'Улица 1, Ниш',
        totals: [100, 120],
        amounts: ['1000.00', '1200.50'],
      },
      {
        id: 'b',
        edNumber: '2',
        nickname: null,
        address: 'Улица 2, Нови Сад',
        totals: [null, 80],
        amounts: [null, '800.00'],
      },
    ],
  };

  it('makes one bar series per metering point, each in its own stack so they stand side by side', () => {
    const data = compareChartData(compare, 'kwh', (p) => p.nickname ?? p.address);
    expect(data.labels).toEqual(['2026-09', '2026-10']);
    expect(data.datasets.map((d) => [d.key, d.label, d.stack, d.data])).toEqual([
      ['a', 'Пекара', 'a', [100, 120]],
      ['b', 'Улица 2, Нови Сад', 'b', [0, 80]],
    ]);
    expect(new Set(data.datasets.map((d) => d.backgroundColor)).size).toBe(2);
    expect(data.datasets.map((d) => d.type === 'bar' && d.pattern)).toEqual(['solid', 'stripes']);
  });

  it('shows the amounts in dinars', () => {
    const data = compareChartData(
      compare,
      'rsd',
      (p) => p.edNumber,
      (m) => `M${m}`,
    );
    expect(data.labels).toEqual(['M2026-09', 'M2026-10']);
    expect(byKey(data)).toEqual({ a: [1000, 1200.5], b: [0, 800] });
  });
});
