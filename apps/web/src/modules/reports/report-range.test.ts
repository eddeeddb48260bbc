import { describe, expect, it } from 'vitest';
import { defaultRange, rangeProblem } from './report-range.js';

describe('the range of a report', () => {
  it('is the last 30 days up to today by default, across a month end', () => {
    expect(defaultRange('2026-03-05')).toEqual({ from: '2026-02-04', to: '2026-03-05' });
  });

  it('is refused when a date is missing or wrong, backwards, or longer than 366 days', () => {
    expect(rangeProblem('', '2026-01-01')).toBe('invalid');
    expect(rangeProblem('2025-02-29', '2025-03-01')).toBe('invalid');
    expect(rangeProblem('2026-01-02', '2026-01-01')).toBe('backwards');
    expect(rangeProblem('2024-01-01', '2024-12-31')).toBeNull(); // 366 days of a leap year
    expect(rangeProblem('2025-01-01', '2026-01-02')).toBe('tooLong');
    expect(rangeProblem('2026-01-01', '2026-01-01')).toBeNull();
  });
});
