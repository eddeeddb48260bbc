import { describe, expect, it } from 'vitest';
import {
  absoluteAmount,
  amountInputText,
  amountSign,
  compareAmounts,
  currencySymbol,
  formatDecimal,
  formatMoney,
  formatPercent,
  fromPara,
  parseAmountInput,
  sumAmounts,
  toPara,
} from './money.js';

describe('money', () => {
  it('formats RSD amounts per language without floats', () => {
    expect(formatMoney('1234.56', 'sr-Cyrl')).toBe('1.234,56 дин.');
    expect(formatMoney('1234.56', 'sr-Latn')).toBe('1.234,56 din.');
    expect(formatMoney('1234.56', 'en')).toBe('RSD 1,234.56');
    expect(formatMoney('0.00', 'sr-Cyrl')).toBe('0,00 дин.');
    expect(formatMoney('1234567890123.45', 'en')).toBe('RSD 1,234,567,890,123.45');
    expect(formatMoney('999999999.99', 'sr-Cyrl')).toBe('999.999.999,99 дин.');
  });

  it('marks negative amounts with a minus and never writes -0', () => {
    expect(formatMoney('-12.50', 'sr-Cyrl')).toBe('−12,50 дин.');
    expect(formatMoney('-12.50', 'en')).toBe('−RSD 12.50');
    expect(formatMoney('-0.00', 'en')).toBe('RSD 0.00');
    expect(formatDecimal('-1000.10', 'en')).toBe('−1,000.10');
  });

  it('tells debt, credit and settled apart', () => {
    expect(amountSign('10.00')).toBe(1);
    expect(amountSign('-0.01')).toBe(-1);
    expect(amountSign('0.00')).toBe(0);
    expect(amountSign('-0.00')).toBe(0);
  });
});

describe('amounts in para', () => {
  it('round-trips the contract amounts without floats', () => {
    expect(toPara('3596.13')).toBe(359613n);
    expect(toPara('0.1')).toBe(10n);
    expect(toPara('-12.50')).toBe(-1250n);
    expect(fromPara(359613n)).toBe('3596.13');
    expect(fromPara(7n)).toBe('0.07');
    expect(fromPara(-1250n)).toBe('-12.50');
    expect(fromPara(toPara('9999999999999.99'))).toBe('9999999999999.99');
  });
});

describe('the amount field', () => {
  it('shows the default in the language’s format', () => {
    expect(amountInputText('3596.13', 'sr-Cyrl')).toBe('3596,13');
    expect(amountInputText('3596.13', 'en')).toBe('3596.13');
  });

  it('reads Serbian and English amounts', () => {
    expect(parseAmountInput('1.234,56', 'sr-Cyrl')).toBe('1234.56');
    expect(parseAmountInput('1234,5', 'sr-Latn')).toBe('1234.50');
    expect(parseAmountInput('1234.56', 'sr-Cyrl')).toBe('1234.56');
    expect(parseAmountInput('1.234', 'sr-Cyrl')).toBe('1234.00');
    expect(parseAmountInput(' 500 дин.', 'sr-Cyrl')).toBe('500.00');
    expect(parseAmountInput('1,234.56', 'en')).toBe('1234.56');
    expect(parseAmountInput('RSD 20', 'en')).toBe('20.00');
    expect(parseAmountInput('12,345', 'en')).toBe('12345.00');
    for (const bad of ['', 'abc', '1,2,3', '1.234,567', '-5', '1e3', '12345678901234'])
      expect(parseAmountInput(bad, 'sr-Cyrl'), bad).toBeNull();
    expect(parseAmountInput('1,5', 'en')).toBeNull();
  });
});

describe('one helper for every conversion', () => {
  it('adds up and compares amount strings exactly', () => {
    expect(sumAmounts(['3596.13', '0.07', '1000.00'])).toBe('4596.20');
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts([])).toBe('0.00');
    expect(compareAmounts('1000.00', '4596.20')).toBe(-1);
    expect(compareAmounts('4596.20', '4596.2')).toBe(0);
    expect(compareAmounts('4596.21', '4596.20')).toBe(1);
  });

  it('writes the currency and a percentage per language', () => {
    expect(currencySymbol('sr-Cyrl')).toBe('дин.');
    expect(currencySymbol('sr-Latn')).toBe('din.');
    expect(currencySymbol('en')).toBe('RSD');
    expect(formatPercent('1.50', 'sr-Cyrl')).toBe('1,50');
    expect(formatPercent('2.00', 'en')).toBe('2');
    expect(formatPercent('2', 'sr-Latn')).toBe('2');
  });

  it('takes a typed amount to para and back to what is shown', () => {
    const typed = parseAmountInput('1.234,56', 'sr-Cyrl')!;
    expect(toPara(typed)).toBe(123456n);
    expect(formatMoney(fromPara(toPara(typed)), 'en')).toBe('RSD 1,234.56');
    expect(amountInputText(typed, 'sr-Latn')).toBe('1234,56');
    expect(absoluteAmount('-12.50')).toBe('12.50');
  });
});

describe('formatMoney in a bill currency', () => {
  it('writes KM and euros where dinars would stand', () => {
    expect(formatMoney('1234.5', 'sr-Cyrl', 'BAM')).toBe('1.234,50 КМ');
    expect(formatMoney('1234.5', 'sr-Latn', 'BAM')).toBe('1.234,50 KM');
    expect(formatMoney('-12.5', 'en', 'EUR')).toBe('−EUR 12.50');
    expect(formatMoney('83.31', 'sr-Latn', 'EUR')).toBe('83,31 €');
    expect(formatMoney('83.31', 'en')).toBe('RSD 83.31');
  });
});
