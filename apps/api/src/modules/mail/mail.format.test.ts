import { describe, expect, it } from 'vitest';
import { mailAmount, mailDate } from './mail.format.js';

describe('billing mail formats', () => {
  it('writes amounts as each language does', () => {
    expect(mailAmount(830_799, 'sr-Cyrl')).toBe('8.307,99 дин.');
    expect(mailAmount(830_799, 'sr-Latn')).toBe('8.307,99 din.');
    expect(mailAmount(123_456_789, 'en')).toBe('RSD 1,234,567.89');
    expect(mailAmount(-5_00, 'en')).toBe('RSD -5.00');
    expect(mailAmount(99, 'sr-Cyrl')).toBe('0,99 дин.');
  });

  it('writes a debt in KM or euros in its own currency, never as dinars', () => {
    for (const locale of ['sr-Cyrl', 'sr-Latn', 'en'] as const) {
      expect(mailAmount(1_706, locale, 'EUR')).not.toMatch(/дин|din|RSD/);
      expect(mailAmount(1_706, locale, 'BAM')).not.toMatch(/дин|din|RSD/);
    }
    expect(mailAmount(123_456, 'sr-Latn', 'EUR')).toMatch(/^1\.234,56 /);
    expect(mailAmount(123_456, 'en', 'BAM')).toMatch(/1,234\.56/);
  });

  it('writes dates as each language does', () => {
    expect(mailDate('2026-11-07', 'sr-Cyrl')).toBe('07.11.2026.');
    expect(mailDate('2026-11-07', 'en')).toBe('7 Nov 2026');
  });
});
