import { billingMonths } from '@portal/domain';
import { describe, expect, it } from 'vitest';
import { chartMonthLabel } from './mini-chart.js';

// Reading periods as they come, from reading day to reading day: the last days fall on 1.11., 30.11.,
// 1.1. and 31.1., which named the bars "нов, нов, јан, јан" when the label came from the last day.
const periods = [
  ['2025-10-02', '2025-11-01'],
  ['2025-11-02', '2025-11-30'],
  ['2025-12-01', '2026-01-01'],
  ['2026-01-02', '2026-01-31'],
  ['2026-02-01', '2026-03-02'],
].map(([periodStart, periodEnd]) => ({ periodStart: periodStart!, periodEnd: periodEnd! }));
const months = billingMonths(periods);

describe('the mini-chart month labels', () => {
  it('name each bar by its billing month, each month once and in order', () => {
    expect(months).toEqual(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(months.map((m) => chartMonthLabel(m, 'sr-Cyrl'))).toEqual([
      { month: 'окт', year: '2025' },
      { month: 'нов', year: '2025' },
      { month: 'дец', year: '2025' },
      { month: 'јан', year: '2026' },
      { month: 'феб', year: '2026' },
    ]);
  });

  it("speak the reader's language and script", () => {
    expect(chartMonthLabel('2025-12', 'sr-Latn')).toEqual({ month: 'dec', year: '2025' });
    expect(chartMonthLabel('2025-12', 'en')).toEqual({ month: 'Dec', year: '2025' });
  });

  it("give December's bill read on 1 January the year 2025, not 2026", () => {
    expect(chartMonthLabel(months[2]!, 'en')).toEqual({ month: 'Dec', year: '2025' });
  });
});
