import { describe, expect, it } from 'vitest';
import { settleOldestFirst } from './settlement.js';

const bill = (id: string, dueDate: string, total: number) => ({ id, dueDate, issueDate: dueDate, total });
const payment = (id: string, paidOn: string, amount: number) => ({ id, paidOn, amount });

describe('payments settle the oldest debt first', () => {
  it('pays the bill due first, then the next, on the day the running sum covers each', () => {
    const result = settleOldestFirst(
      [bill('b2', '2026-12-20', 5000), bill('b1', '2026-11-20', 3000)],
      [payment('p1', '2026-11-10', 2000), payment('p2', '2026-12-01', 4000)],
    );
    expect(result.get('b1')).toEqual({ amountPaid: 3000, paidOn: '2026-12-01' });
    expect(result.get('b2')).toEqual({ amountPaid: 3000, paidOn: null });
  });

  it('counts positive payments only (the caller leaves reversed ones out), skips bills without a positive total', () => {
    const result = settleOldestFirst(
      [bill('b1', '2026-11-20', 3000), bill('b0', '2026-10-20', 0)],
      [payment('p1', '2026-11-10', 5000), payment('p2', '2026-11-11', -5000)],
    );
    expect([...result.keys()]).toEqual(['b1']);
    expect(result.get('b1')).toEqual({ amountPaid: 3000, paidOn: '2026-11-10' });
  });
});
