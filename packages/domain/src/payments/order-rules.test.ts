import { describe, expect, it } from 'vitest';
import { isValidModel97Reference } from '../identifiers/index.js';
import { cardFeeOf } from './card-fee.js';
import { cardOrderExpired, reconcileOrdersMadeBefore } from './card-order-rules.js';
import { openOrderStatuses, orderStatusReplaces } from './order-states.js';
import { debtReference, ipsOrderReference } from './references.js';

describe('cardFeeOf', () => {
  it('is nothing without a rule, a percentage rounded to the para, and at least the minimum', () => {
    expect(cardFeeOf({ percent: '0', minimum: 0 }, 1_000_000)).toBe(0);
    expect(cardFeeOf({ percent: '1.5', minimum: 0 }, 123_457)).toBe(1_852);
    expect(cardFeeOf({ percent: '1.5', minimum: 2_000 }, 10_000)).toBe(2_000);
  });
});

describe('payment references', () => {
  it('gives IPS orders a model 97 reference that no billing number has (9 and the order number)', () => {
    const reference = ipsOrderReference('100042');
    expect(reference).toMatch(/^\d{2}9000100042$/);
    expect(isValidModel97Reference(reference)).toBe(true);
  });

  it('pays the whole debt of a metering point by its billing number alone', () => {
    const reference = debtReference('2034567891');
    expect(reference.slice(2)).toBe('2034567891');
    expect(isValidModel97Reference(reference)).toBe(true);
  });
});

describe('order state transitions', () => {
  it('never undoes a final status, but books an approval whatever came before', () => {
    for (const final of ['APPROVED', 'DECLINED', 'EXPIRED', 'CANCELLED'] as const) {
      for (const status of ['pending', 'declined', 'cancelled', 'expired'] as const)
        expect(orderStatusReplaces[status]).not.toContain(final);
    }
    expect(orderStatusReplaces.approved).toEqual(['CREATED', 'PENDING', 'DECLINED', 'EXPIRED', 'CANCELLED']);
    expect(orderStatusReplaces.created).toEqual([]);
    expect(orderStatusReplaces.pending).toEqual(['CREATED']);
  });

  it('counts created and pending orders as open', () => {
    expect(openOrderStatuses).toEqual(['CREATED', 'PENDING']);
  });
});

describe('card order rules', () => {
  const made = new Date('2026-11-23T10:00:00Z');
  const later = (minutes: number) => new Date(made.getTime() + minutes * 60_000);

  it('gives an order up after an hour and checks open ones after 15 minutes', () => {
    expect(cardOrderExpired(made, later(60))).toBe(false);
    expect(cardOrderExpired(made, later(60.01))).toBe(true);
    expect(reconcileOrdersMadeBefore(later(15))).toEqual(made);
  });
});
