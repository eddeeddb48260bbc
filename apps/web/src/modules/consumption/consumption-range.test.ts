import { describe, expect, it } from 'vitest';
import { belgradeDateOf as belgradeToday } from '@portal/domain';
import {
  billedRangeMonths,
  clampRange,
  fullRange,
  lastMonths,
  rangeMonths,
  rangeQuery,
} from './consumption-range.js';

describe('the range of months', () => {
  it('offers the months of the last three years, both ends included, oldest first', () => {
    const months = rangeMonths('2026-11-30');
    expect(months).toHaveLength(37);
    expect(months[0]).toBe('2023-11');
    expect(months.at(-1)).toBe('2026-11');
    expect(months).toContain('2024-12');
    expect(months.indexOf('2025-01') - months.indexOf('2024-12')).toBe(1);
    expect(fullRange('2026-01-05')).toEqual({ from: '2023-01', to: '2026-01' });
  });

  it('offers only the months from the first bill to the last, within the three years', () => {
    const window = rangeMonths('2026-12-07');
    const offered = billedRangeMonths(window, { first: '2024-03', last: '2026-10' });
    expect(offered[0]).toBe('2024-03');
    expect(offered.at(-1)).toBe('2026-10');
    expect(offered).toHaveLength(32);
    // bills older than the archive: from its first month
    expect(billedRangeMonths(window, { first: '2019-01', last: '2026-10' })[0]).toBe('2023-12');
    expect(billedRangeMonths(window, null)).toEqual([]);
    // not known yet: the whole window
    expect(billedRangeMonths(window, undefined)).toEqual(window);
  });

  it('moves a range inside the months offered', () => {
    const offered = ['2024-03', '2024-04', '2024-05'];
    expect(clampRange({ from: '2023-12', to: '2026-12' }, offered)).toEqual({
      from: '2024-03',
      to: '2024-05',
    });
    expect(clampRange({ from: '2024-04', to: '2024-04' }, offered)).toEqual({
      from: '2024-04',
      to: '2024-04',
    });
    expect(clampRange({ from: '2023-12', to: '2026-12' }, [])).toEqual({ from: '2023-12', to: '2026-12' });
  });

  it('counts back whole months over the new year', () => {
    expect(lastMonths('2026-02-10', 3)).toEqual({ from: '2025-12', to: '2026-02' });
    expect(lastMonths('2026-02-10', 1)).toEqual({ from: '2026-02', to: '2026-02' });
  });

  it('asks the API from the first day of the first month to the last day of the last', () => {
    expect(rangeQuery({ from: '2024-02', to: '2024-02' })).toBe('from=2024-02-01&to=2024-02-29');
    expect(rangeQuery({ from: '2023-11', to: '2026-12' })).toBe('from=2023-11-01&to=2026-12-31');
  });

  it('takes today in Belgrade, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Belgrade
    expect(belgradeToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});
