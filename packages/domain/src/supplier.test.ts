import { describe, expect, it } from 'vitest';
import { billPayment, noticePayment, supplier } from './supplier.js';

describe('the supplier and its payment slips', () => {
  it('pays bills and notices with payment code 189, each with its own purpose', () => {
    expect(billPayment).toEqual({ paymentCode: '189', purpose: 'Уплата по рачуну за ел. енергију' });
    expect(noticePayment).toEqual({ paymentCode: '189', purpose: 'Уплата дуга за ел. енергију' });
  });

  it('names EPS with its tax number', () => {
    expect(supplier).toMatchObject({ name: 'Електропривреда Србије АД Београд', pib: '103920327' });
  });
});
