import { isValidModel97Reference } from '@portal/domain';
import { describe, expect, it } from 'vitest';
import { deliveryDate } from './dunning.js';
import { outsidePaymentReference } from './payment-habits.js';
import { Random } from './random.js';

describe('demo notices and payments', () => {
  it('never delivers a notice after the data date', () => {
    const random = new Random(7);
    const asOf = '2026-11-22';
    const dates = Array.from({ length: 200 }, () => deliveryDate(random, '2026-11-19', asOf));
    expect(dates.filter((d) => d !== null).length).toBeGreaterThan(0);
    expect(dates.every((d) => d === null || d <= asOf)).toBe(true);
    // issued long enough before the data date, most notices are delivered
    const early = Array.from({ length: 200 }, () => deliveryDate(random, '2026-10-01', asOf));
    expect(early.filter((d) => d !== null).length).toBeGreaterThan(120);
  });

  it('gives payments made outside the portal a model 97 reference that checks', () => {
    const reference = outsidePaymentReference('2034567891', '2026-10-14');
    expect(reference).toMatch(/^\d{2}20345678912610$/);
    expect(isValidModel97Reference(reference)).toBe(true);
    expect(isValidModel97Reference(`97${reference.slice(2)}`)).toBe(false);
  });
});
