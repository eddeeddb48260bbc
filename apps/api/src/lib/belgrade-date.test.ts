import { describe, expect, it } from 'vitest';
import { belgradeDateOf } from './belgrade-date.js';

describe('belgradeDateOf', () => {
  it('is the Belgrade calendar date, which begins before UTC midnight', () => {
    expect(belgradeDateOf(new Date('2026-11-22T22:59:59Z'))).toBe('2026-11-22');
    expect(belgradeDateOf(new Date('2026-11-22T23:00:00Z'))).toBe('2026-11-23'); // CET, UTC+1
    expect(belgradeDateOf(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01'); // CEST, UTC+2
  });
});
