import { describe, expect, it } from 'vitest';
import { columnLimitProblem } from './column-limits.js';

describe('values the contract allows but the columns do not hold', () => {
  it('names each field too large for its column', () => {
    expect(columnLimitProblem('bill', { days: 31, kwhVt: 300 })).toBeNull();
    expect(columnLimitProblem('bill', { days: 40_000, kwhVt: 3_000_000_000 })).toBe(
      'days: too large for the portal (at most 32767); kwhVt: too large for the portal (at most 2147483647)',
    );
    expect(columnLimitProblem('billLine', { quantity: '-123456789012.000' })).toMatch(/^quantity/);
  });
});
