import { describe, expect, it } from 'vitest';
import { noticeCoveredOn } from './notice-settlement.js';

const notice = { debtDate: '2026-10-15', debtAmount: 500_000 };
const credit = (entryDate: string, para: number) => ({ entryDate, credit: para });
const debt = { balance: 120_000, entryDate: '2026-11-01' };

describe('noticeCoveredOn', () => {
  it('is the day the credits since the debt date reach the debt', () => {
    const credits = [credit('2026-10-20', 200_000), credit('2026-10-28', 300_000), credit('2026-11-02', 1)];
    expect(noticeCoveredOn(notice, credits, debt)).toBe('2026-10-28');
  });

  it('ignores credits booked before the debt date', () => {
    const credits = [credit('2026-10-14', 900_000), credit('2026-10-20', 499_999)];
    expect(noticeCoveredOn(notice, credits, debt)).toBeNull();
  });

  it('is settled by a balance at zero or in credit, at the earliest on the debt date', () => {
    expect(noticeCoveredOn(notice, [], { balance: 0, entryDate: '2026-11-03' })).toBe('2026-11-03');
    expect(noticeCoveredOn(notice, [], { balance: -100, entryDate: '2026-10-01' })).toBe('2026-10-15');
  });

  it('stays open with partial payments and a debt left', () => {
    expect(noticeCoveredOn(notice, [credit('2026-10-16', 100_000)], debt)).toBeNull();
    expect(noticeCoveredOn(notice, [], null)).toBeNull();
  });
});
