import { describe, expect, it } from 'vitest';
import {
  checkReadingPlausibility,
  readingPlausibilityRules,
  type PlausibilityInput,
  type ReadingPlausibilityRule,
} from './plausibility.js';
import { ruleOn } from '../tariff/rules.js';

// A household using 10 kWh a day in summer and 30 in winter, read every two months on a dual meter.
const history: PlausibilityInput['history'] = [
  { readOn: '2025-04-01', registers: { vt: 10_000, nt: 5_000 } },
  { readOn: '2025-06-01', registers: { vt: 10_400, nt: 5_210 } }, // 61 days, 610 kWh: summer
  { readOn: '2025-08-01', registers: { vt: 10_800, nt: 5_420 } }, // 61 days, 610 kWh: summer
  { readOn: '2025-12-01', registers: { vt: 13_000, nt: 6_880 } }, // 122 days, 3,660 kWh: winter
  { readOn: '2026-02-01', registers: { vt: 14_200, nt: 7_540 } }, // 62 days, 1,860 kWh: winter
];
const last = { readOn: '2026-02-01', registers: { vt: 14_200, nt: 7_540 }, meterReplacedSince: false };

function check(patch: Partial<PlausibilityInput>, rule?: ReadingPlausibilityRule) {
  return checkReadingPlausibility(
    {
      readOn: '2026-03-03',
      today: '2026-03-10',
      registers: { vt: 14_800, nt: 7_840 },
      last,
      history,
      ...patch,
    },
    rule,
  );
}

describe('checkReadingPlausibility', () => {
  it('accepts a reading in the range of the season', () => {
    expect(check({})).toEqual({ verdict: 'accept' });
  });

  it('refuses a date after today, even without a last reading', () => {
    expect(check({ readOn: '2026-03-11', last: null })).toEqual({
      verdict: 'refuse',
      reason: 'date_in_future',
    });
    expect(check({ readOn: '2026-03-10', last: null })).toEqual({ verdict: 'accept' });
  });

  it('refuses a date on or before the last reading', () => {
    for (const readOn of ['2026-02-01', '2026-01-15'])
      expect(check({ readOn })).toEqual({
        verdict: 'refuse',
        reason: 'not_after_last_reading',
        lastReadOn: '2026-02-01',
      });
  });

  it('refuses a register below the last reading and names it', () => {
    expect(check({ registers: { vt: 14_800, nt: 7_539 } })).toEqual({
      verdict: 'refuse',
      reason: 'below_last_reading',
      register: 'nt',
      lastValue: 7_540,
      lastReadOn: '2026-02-01',
    });
  });

  it('takes a lower value after a meter replacement, but not an earlier date', () => {
    const replaced = { ...last, meterReplacedSince: true };
    expect(check({ last: replaced, registers: { vt: 12, nt: 5 } })).toEqual({ verdict: 'accept' });
    expect(check({ last: replaced, readOn: '2026-01-31' })).toMatchObject({ verdict: 'refuse' });
  });

  it('asks for confirmation far above the winter average, with the figures', () => {
    // 30 days of winter at 30 kWh a day: 900 expected, limit 3 x 900 + 100 = 2,800
    expect(check({ readOn: '2026-03-03', registers: { vt: 16_000, nt: 8_541 } })).toEqual({
      verdict: 'confirm',
      reason: 'far_above_expected',
      consumedKwh: 2_801,
      expectedKwh: 900,
      limitKwh: 2_800,
      days: 30,
    });
    expect(check({ registers: { vt: 16_000, nt: 8_540 } })).toEqual({ verdict: 'accept' });
  });

  it('compares a summer period with the summer average, not the winter one', () => {
    const summerLast = {
      readOn: '2026-06-01',
      registers: { vt: 20_000, nt: 10_000 },
      meterReplacedSince: false,
    };
    // 30 days at 10 kWh a day: 300 expected, limit 1,000; the winter average would allow 2,800
    const summer = { readOn: '2026-07-01', today: '2026-07-01', last: summerLast };
    expect(check({ ...summer, registers: { vt: 20_700, nt: 10_301 } })).toMatchObject({
      verdict: 'confirm',
      expectedKwh: 300,
      limitKwh: 1_000,
    });
    expect(check({ ...summer, registers: { vt: 20_700, nt: 10_300 } })).toEqual({ verdict: 'accept' });
  });

  it('falls back to all the history when the season has too little, and accepts without any', () => {
    const summerOnly = history.slice(0, 3);
    // winter period, only summer history (122 days, 10 kWh a day): 30 days -> limit 3 x 300 + 100
    expect(check({ history: summerOnly, registers: { vt: 14_800, nt: 8_541 } })).toMatchObject({
      verdict: 'confirm',
      limitKwh: 1_000,
    });
    expect(check({ history: [], registers: { vt: 99_999, nt: 99_999 } })).toEqual({ verdict: 'accept' });
  });

  it('skips history periods with a falling total (a meter change in the history)', () => {
    const withDrop = [...history, { readOn: '2026-01-15', registers: { vt: 1, nt: 1 } }];
    expect(check({ history: withDrop })).toEqual({ verdict: 'accept' });
  });

  it('checks a single-register meter the same way', () => {
    const single = [
      { readOn: '2025-10-01', registers: { single: 1_000 } },
      { readOn: '2026-01-01', registers: { single: 2_840 } }, // 92 days, 20 kWh a day
    ];
    const input = {
      history: single,
      last: { readOn: '2026-01-01', registers: { single: 2_840 }, meterReplacedSince: false },
      readOn: '2026-01-31',
    };
    expect(check({ ...input, registers: { single: 2_839 } })).toMatchObject({ register: 'single' });
    expect(check({ ...input, registers: { single: 4_740 } })).toEqual({ verdict: 'accept' });
    expect(check({ ...input, registers: { single: 4_741 } })).toMatchObject({
      verdict: 'confirm',
      limitKwh: 1_900,
    });
  });

  it('follows the rule it is given, and the dated table by default', () => {
    const strict = { factor: 1, allowanceKwh: 0, winterMonths: [12, 1, 2], minimumSeasonDays: 1 };
    expect(check({ registers: { vt: 14_800, nt: 7_841 } }, strict)).toMatchObject({
      verdict: 'confirm',
      limitKwh: 900,
    });
    expect(ruleOn(readingPlausibilityRules, '2026-03-03')).toMatchObject({ factor: 3, allowanceKwh: 100 });
  });
});
