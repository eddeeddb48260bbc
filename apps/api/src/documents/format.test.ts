import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDate,
  formatDecimalText,
  formatMoney,
  formatPeriod,
  inScript,
  monthName,
  sumAmounts,
} from './format.js';

describe('bill PDF formatting', () => {
  it('writes amounts Serbian-style in sr and English-style in en, from the decimal string', () => {
    expect(formatAmount('1234567.89', 'sr-Cyrl')).toBe('1.234.567,89');
    expect(formatAmount('1234567.89', 'en')).toBe('1,234,567.89');
    expect(formatAmount('0.05', 'sr-Latn')).toBe('0,05');
    expect(formatAmount('-240.12', 'sr-Cyrl')).toBe('−240,12');
    expect(formatAmount('999.00', 'en')).toBe('999.00');
  });

  it('puts the currency where each language writes it', () => {
    expect(formatMoney('8981.84', 'sr-Cyrl')).toBe('8.981,84 дин.');
    expect(formatMoney('8981.84', 'sr-Latn')).toBe('8.981,84 din.');
    expect(formatMoney('8981.84', 'en')).toBe('RSD 8,981.84');
  });

  it('keeps the decimals of quantities and prices as given', () => {
    expect(formatDecimalText('14.4203', 'sr-Cyrl')).toBe('14,4203');
    expect(formatDecimalText('1195.5312', 'en')).toBe('1,195.5312');
    expect(formatDecimalText('11.04', 'sr-Cyrl')).toBe('11,04');
    expect(formatDecimalText('18440', 'sr-Cyrl')).toBe('18.440');
  });

  it('writes dates dd.mm.yyyy. in Serbian and unambiguously in English', () => {
    expect(formatDate('2026-03-05', 'sr-Cyrl')).toBe('05.03.2026.');
    expect(formatDate('2026-03-05', 'en')).toBe('5 Mar 2026');
    expect(formatPeriod('2026-01-16', '2026-02-15', 'sr-Latn')).toBe('16.01.2026. – 15.02.2026.');
  });

  it('names months in the reader’s script', () => {
    expect(monthName('2026-06-15', 'sr-Cyrl')).toBe('јун');
    expect(monthName('2026-06-15', 'sr-Latn')).toBe('jun');
    expect(monthName('2026-06-15', 'en')).toBe('Jun');
  });

  it('transliterates data for sr-Latn and en only', () => {
    expect(inScript('Љубица Ђорђевић', 'sr-Cyrl')).toBe('Љубица Ђорђевић');
    expect(inScript('Љубица Ђорђевић', 'sr-Latn')).toBe('Ljubica Đorđević');
    expect(inScript('Љубица Ђорђевић', 'en')).toBe('Ljubica Đorđević');
  });

  it('adds amounts exactly', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['12.30', '-0.05', '-20.00'])).toBe('-7.75');
    expect(sumAmounts([])).toBe('0.00');
  });
});

describe('formatMoney in a bill currency', () => {
  it('prints KM and euros for ERS and EPCG bills, dinars by default', () => {
    expect(formatMoney('1234.50', 'sr-Cyrl', 'BAM')).toBe('1.234,50 КМ');
    expect(formatMoney('83.31', 'sr-Latn', 'EUR')).toBe('83,31 €');
    expect(formatMoney('83.31', 'en', 'EUR')).toBe('EUR 83.31');
    expect(formatMoney('83.31', 'en')).toBe('RSD 83.31');
  });
});
