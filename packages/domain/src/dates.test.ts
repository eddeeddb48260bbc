import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  yymm,
} from './dates.js';

describe('calendar dates', () => {
  it('agree with the platform calendar on every day from 1900 to 2200 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (day) => {
        const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(expected);
        expect(toDayNumber(expected)).toBe(day);
      }),
    );
  });

  it('do month ends, leap years and differences', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2025-02-10')).toBe('2025-02-28');
    expect(endOfMonth('2026-11-22', -36)).toBe('2023-11-30');
    expect(endOfMonth('2026-11-22', 2)).toBe('2027-01-31');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2025-09-16', '2025-10-15')).toBe(29);
    expect(yymm('2026-01-31')).toBe('2601');
  });

  it('shift by years to a real date: a leap day becomes Feb 28 in a common year', () => {
    expect(addYears('2024-02-29', -2)).toBe('2022-02-28');
    expect(addYears('2024-02-29', -4)).toBe('2020-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2026-03-31', -3)).toBe('2023-03-31');
    expect(addYears('2001-01-01', -1)).toBe('2000-01-01');
  });

  it('shift every day from 2000 to 2100 by -3..3 years to a real date, in the same month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10957, max: 47846 }), fc.integer({ min: -3, max: 3 }), (day, years) => {
        const date = fromDayNumber(day);
        const shifted = addYears(date, years);
        expect(isIsoDate(shifted), `${date} ${years}`).toBe(true);
        expect(shifted.slice(4, 7)).toBe(date.slice(4, 7));
        expect(Number(shifted.slice(0, 4))).toBe(Number(date.slice(0, 4)) + years);
      }),
    );
  });
});
