import { describe, expect, it } from 'vitest';
import {
  camelCase,
  canonicalColumns,
  dateFromCompact,
  dateFromDotted,
  decimalFromComma,
  impliedDecimal,
  moneyFromPara,
  paraFromMoney,
} from './canonical.js';
import { parseRecord, type RawRecord } from './records.js';

describe('canonical syntax', () => {
  it('converts each format’s spelling and passes through what does not fit', () => {
    expect(dateFromDotted('03.12.2026')).toBe('2026-12-03');
    expect(dateFromDotted('3.12.2026')).toBe('3.12.2026');
    expect(dateFromCompact('20261203')).toBe('2026-12-03');
    expect(decimalFromComma('-674,74')).toBe('-674.74');
    expect(decimalFromComma('1.234,5')).toBe('1.234,5');
    expect(impliedDecimal('0001104', 2)).toBe('11.04');
    expect(impliedDecimal('+000000000359613', 2)).toBe('3596.13');
    expect(impliedDecimal('-000000000000005', 2)).toBe('-0.05');
    expect(impliedDecimal('000000042', 0)).toBe('42');
    expect(impliedDecimal('00 1104', 2)).toBe('00 1104');
    expect(moneyFromPara(359613n)).toBe('3596.13');
    expect(moneyFromPara(-5n)).toBe('-0.05');
    expect(paraFromMoney('12.3')).toBe(1230n);
    expect(paraFromMoney('-7')).toBe(-700n);
    expect(paraFromMoney('1.234')).toBeUndefined();
  });

  it('names columns canonically, the format’s renames first', () => {
    expect(camelCase('approved_power_kw')).toBe('approvedPowerKw');
    expect(canonicalColumns([' naziv', 'email', 'rtv'], { naziv: 'name', rtv: 'tvFee' })).toEqual([
      'name',
      'email',
      'tvFee',
    ]);
  });
});

describe('parseRecord reasons', () => {
  const customer = (values: Record<string, string>): RawRecord => ({
    type: 'customer',
    values: {
      customerId: 'K1',
      personType: 'F',
      name: 'Đorđe Šćepanović',
      jmbg: '1503985710037',
      street: 'Njegoševa 1',
      postalCode: '11000',
      city: 'Beograd',
      ...values,
    },
    raw: '',
    position: 1,
  });

  it('takes a good record and names a bad JMBG check digit and an unknown code', () => {
    expect(parseRecord(customer({})).ok).toBe(true);
    expect(parseRecord(customer({ jmbg: '1503985710038' }))).toEqual({
      ok: false,
      reason: 'jmbg: bad JMBG check digit',
    });
    expect(parseRecord(customer({ personType: 'X' }))).toMatchObject({
      ok: false,
      reason: /personType: one of F, P/,
    });
  });

  it('names a date that does not exist (31.02.)', () => {
    const contract: RawRecord = {
      type: 'contract',
      values: {
        contractNumber: 'U1',
        edNumber: '1234567890',
        customerId: 'K1',
        startDate: dateFromDotted('31.02.2026'),
        status: 'A',
      },
      raw: '',
      position: 1,
    };
    expect(parseRecord(contract)).toEqual({ ok: false, reason: 'startDate: a real date YYYY-MM-DD' });
  });

  it('gives a reader’s problem as the reason', () => {
    const unreadable: RawRecord = {
      type: 'unknown',
      values: {},
      raw: '77…',
      position: 3,
      problem: 'unknown record type 77',
    };
    expect(parseRecord(unreadable)).toEqual({ ok: false, reason: 'unknown record type 77' });
  });
});
